import { afterEach, describe, expect, it, vi } from 'vitest';
import { Polite, userAgent } from '../../src/intake/polite.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('politeness', () => {
  it('keeps at most N requests in flight', async () => {
    const polite = new Polite({ delayMs: 0, concurrency: 2 });
    let inFlight = 0;
    let most = 0;
    const job = () =>
      polite.run(`host-${Math.random()}`, async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight--;
      });
    await Promise.all(Array.from({ length: 7 }, job));
    expect(most).toBe(2);
  });

  it('spaces requests to one host by the delay; another host does not wait', async () => {
    vi.useFakeTimers({ now: 0 });
    const polite = new Polite({ delayMs: 1000, concurrency: 4 });
    const started: string[] = [];
    const req = (host: string, name: string) => polite.run(host, async () => void started.push(name));
    const all = Promise.all([req('a.example', 'a1'), req('a.example', 'a2'), req('b.example', 'b1'), req('a.example', 'a3')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(['a1', 'b1']);
    await vi.advanceTimersByTimeAsync(999);
    expect(started).toEqual(['a1', 'b1']);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual(['a1', 'b1', 'a2']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toEqual(['a1', 'b1', 'a2', 'a3']);
    await all;
  });

  it('the User-Agent names the tool, its version and a way to reach whoever runs it', () => {
    expect(userAgent()).toMatch(/^attache\/\d+\.\d+\.\d+ \(news brief tool; \+https:\/\/\S+\)$/);
    expect(userAgent('mailto:desk@example.org')).toMatch(/\(news brief tool; \+mailto:desk@example\.org\)$/);
  });
});
