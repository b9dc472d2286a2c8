import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; homepage?: string };

/** Where a site's operator can read who is fetching: the package's page unless the user names a contact. */
const DEFAULT_CONTACT = pkg.homepage ?? 'https://www.npmjs.com/package/attache';

/** "attache/0.1.0 (news brief tool; +https://…)": the tool, its version and how to reach whoever runs it. */
export function userAgent(contact?: string | null): string {
  return `attache/${pkg.version} (news brief tool; +${contact?.trim() || DEFAULT_CONTACT})`;
}

export interface PoliteOptions {
  /** Least time between the starts of two requests to one host. */
  delayMs: number;
  /** Most requests in flight at once, all hosts together. */
  concurrency: number;
}

export const DEFAULT_POLITENESS: PoliteOptions = { delayMs: 1000, concurrency: 4 };

/**
 * Spaces requests to one host by `delayMs` and keeps at most `concurrency` in flight. A request
 * waits for its host's turn before it takes a slot, so a slow host's queue never holds slots idle.
 */
export class Polite {
  private readonly nextStart = new Map<string, number>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly opts: PoliteOptions) {}

  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const at = Math.max(now, this.nextStart.get(host) ?? 0);
    this.nextStart.set(host, at + this.opts.delayMs);
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.active < this.opts.concurrency) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays counted.
    if (next) next();
    else this.active--;
  }
}
