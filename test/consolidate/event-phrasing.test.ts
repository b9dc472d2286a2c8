import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';

const enc = (s: string) => new TextEncoder().encode(s);

// Invented leaders and outlets; the visit's dates are only given as a weekday, as "host … from
// June 8 to 10" and as "will be in Japan on 8–10 June": none says "visit … on <date>".
const files = [
  { path: 'a.txt', bytes: enc('date: 2026-06-01\nsource: https://rhine-post.example/a\n\nBERLIN: German Chancellor Greta Lindqvist arrives in Tokyo on Monday for a three-day official visit, her first to Japan since taking office.\n\nShe will hold talks with Japanese Prime Minister Haruto Sakamoto on defence and trade, officials said.\n') },
  { path: 'b.md', bytes: enc('# Lindqvist heads to Japan\n\nsource: https://sakura-times.example/b\ndate: 2026-06-02\n\nPrime Minister Haruto Sakamoto will host German Chancellor Greta Lindqvist in Tokyo from June 8 to 10. The leaders will discuss the war in Ukraine.\n') },
  { path: 'c.html', bytes: enc('<html><head><title>Chancellor\'s Asia tour</title></head><body><article><p>Published: June 3, 2026</p><p>TOKYO — Chancellor Greta Lindqvist of Germany will be in Japan on 8–10 June, meeting Prime Minister Haruto Sakamoto and Emperor Akihiro.</p></article></body></html>') },
];

describe('the event block from other phrasings', () => {
  const brief = analyse(files, { asOf: '2026-06-05', title: null });

  it('finds the dates from a weekday, a "host … from … to" sentence and a "will be in" sentence', () => {
    expect(brief.event.start).toBe('2026-06-08');
    expect(brief.event.end).toBe('2026-06-10');
    expect(brief.event.visitor).toEqual({ name: 'Greta Lindqvist', role: 'Chancellor', country: 'Germany' });
    expect(brief.event.host).toEqual({ name: 'Haruto Sakamoto', role: 'Prime Minister', country: 'Japan' });
    expect(brief.event.location).toBe('Tokyo');
  });

  it('names a monarch known by one name', () => {
    expect(brief.people).toContainEqual(expect.objectContaining({ name: 'Akihiro', role: 'Emperor' }));
  });
});

describe('the summary line without a destination', () => {
  it('ends at the visit instead of at a dangling "to"', async () => {
    const { summarise } = await import('../../src/consolidate/event/summary.js');
    const line = summarise({ kind: 'state visit', visitor: { name: 'Greta Lindqvist', role: 'Chancellor', country: 'Germany' }, host: null, location: null, start: '2026-06-08', end: '2026-06-10', sources: [], summary: '', occasion: null } as never);
    expect(line).toMatch(/^German Chancellor Greta Lindqvist makes a state visit on 8–10 June 2026\.$/);
    expect(line).not.toMatch(/\bto\s*[.,]/);
  });
});
