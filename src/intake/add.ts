import { AttacheError } from '../errors.js';
import { decode } from './charset.js';
import { extractArticle } from './extract.js';
import { DEFAULT_LIMITS, FetchError, fetchChecked, type FetchLimits } from './fetch.js';
import { DEFAULT_POLITENESS, Polite, type PoliteOptions } from './polite.js';
import { saveArticle, type SaveStatus } from './save.js';
import { redact, redactText } from './url.js';

export interface IntakeOptions {
  corpus: string;
  limits?: Partial<FetchLimits>;
  politeness?: Partial<PoliteOptions>;
  /** A URL or mail address for the User-Agent, so a site's operator can reach whoever runs this. */
  contact?: string | null;
  /** The clock for `fetched:` (the CLI's; tests fix it). */
  now?: () => Date;
}

/** What a fetch shares across URLs: one politeness gate, so delays hold across pages and feeds. */
export interface IntakeContext {
  corpus: string;
  limits: FetchLimits;
  polite: Polite;
  contact: string | null;
  now: () => Date;
}

export type AddOutcome =
  | { url: string; status: SaveStatus; file: string; title: string }
  | { url: string; status: 'failed'; reason: string; line: string };

export function intakeContext(opts: IntakeOptions): IntakeContext {
  return {
    corpus: opts.corpus,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    polite: new Polite({ ...DEFAULT_POLITENESS, ...opts.politeness }),
    contact: opts.contact ?? null,
    now: opts.now ?? (() => new Date()),
  };
}

export const PAGE_TYPES = ['text/html', 'application/xhtml+xml'] as const;
const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';

/**
 * Fetches one page, extracts the article and saves it into the corpus. A failure is returned,
 * not thrown, as one line naming the URL and the reason: other URLs go on.
 */
export async function addPage(url: URL, ctx: IntakeContext): Promise<AddOutcome> {
  try {
    const got = await fetchChecked({ url, accept: PAGE_ACCEPT, types: PAGE_TYPES, what: 'a web page' }, ctx);
    if (got.status !== 'ok') throw new FetchError(url, 'unexpected "not modified" answer');
    const { text } = decode(got.bytes, got.charset);
    const article = extractArticle(text, got.url);
    if (!article) throw new FetchError(url, 'no article text found on the page');
    const { meta, blocks } = article;
    const saved = await saveArticle(ctx.corpus, {
      title: meta.title,
      outlet: meta.outlet,
      url: meta.url,
      published: meta.published,
      author: meta.author,
      fetched: ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      blocks,
    });
    return { url: redact(url), status: saved.status, file: saved.file, title: meta.title };
  } catch (e) {
    if (e instanceof AttacheError) return { url: redact(url), status: 'failed', reason: e.message, line: redactText(e.line) };
    // A bug is still one line, never a stack trace in the middle of a run; credentials stay hidden.
    const reason = `unexpected error: ${(e as Error).message}`;
    return { url: redact(url), status: 'failed', reason, line: redactText(`${redact(url)}: ${reason}`) };
  }
}

/** Adds every page (concurrently, as the politeness gate allows); outcomes in the order given. */
export async function addPages(urls: readonly URL[], ctx: IntakeContext, onOutcome?: (o: AddOutcome, i: number) => void): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = new Array(urls.length);
  // Reported in input order as soon as every earlier one is known, so the log reads like the command line.
  let next = 0;
  await Promise.all(
    urls.map(async (u, i) => {
      outcomes[i] = await addPage(u, ctx);
      while (next < urls.length && outcomes[next]) onOutcome?.(outcomes[next]!, next++);
    }),
  );
  return outcomes;
}
