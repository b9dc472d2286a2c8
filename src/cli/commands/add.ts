import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import type { IntakeOptions } from '../../intake/index.js';

/** How pages and feeds are fetched; shared by `add` and `feeds`, and by the scheduler's `--feeds`. */
export const FETCH_OPTIONS = {
  delay: { type: 'number', default: 1, describe: 'Seconds between two requests to one site' },
  concurrency: { type: 'number', default: 4, describe: 'Most requests in flight at once' },
  timeout: { type: 'number', default: 30, describe: 'Seconds for one page or feed, redirects and body included (10 s at most to get an answer)' },
  'max-size': { type: 'number', default: 5, describe: 'Largest page or feed read, in MB; a larger one is aborted' },
  contact: { type: 'string', describe: 'URL or e-mail address put in the User-Agent, so sites can reach you' },
} as const;

export interface FetchArgs {
  delay?: number;
  concurrency?: number;
  timeout?: number;
  'max-size'?: number;
  contact?: string;
}

export function withFetchOptions<T>(y: Argv<T>) {
  return y.options(FETCH_OPTIONS as unknown as Record<string, object>);
}

/** Checked fetch options; a bad value is a one-line error naming the option (exit 2). */
export function toIntakeOptions(args: FetchArgs, corpus: string): IntakeOptions {
  const num = (name: keyof typeof FETCH_OPTIONS, given: number | number[] | undefined, ok: (n: number) => boolean, want: string): number => {
    // A repeated option (`--timeout 3 --timeout 1`) counts once: the last wins.
    const v = Array.isArray(given) ? given[given.length - 1] : given;
    const n = v ?? (FETCH_OPTIONS[name] as { default: number }).default;
    if (typeof n !== 'number' || !Number.isFinite(n) || !ok(n)) throw new AttacheError(`--${name}`, `expected ${want}; got "${v}"`, 2);
    return n;
  };
  const delay = num('delay', args.delay, (n) => n >= 0 && n <= 3600, 'seconds, 0 or more');
  const concurrency = num('concurrency', args.concurrency, (n) => Number.isInteger(n) && n >= 1 && n <= 32, 'a whole number from 1 to 32');
  const timeout = num('timeout', args.timeout, (n) => n > 0 && n <= 3600, 'seconds, more than 0');
  const maxSize = num('max-size', args['max-size'], (n) => n > 0 && n <= 1024, 'megabytes, more than 0');
  const total = Math.round(timeout * 1000);
  return {
    corpus,
    politeness: { delayMs: Math.round(delay * 1000), concurrency },
    limits: { totalTimeoutMs: total, connectTimeoutMs: Math.min(10_000, total), maxBytes: Math.round(maxSize * 1024 * 1024) },
    contact: [args.contact ?? []].flat().pop() ?? null,
    now: () => new Date(),
  };
}

interface AddArgs extends FetchArgs {
  urls: string[];
  corpus: string;
  quiet?: unknown;
}

export const addCommand: CommandModule<object, AddArgs> = {
  command: 'add <urls..>',
  describe: 'Fetch web pages and save each article into the corpus as Markdown with front matter',
  builder: (y) =>
    withFetchOptions(
      y
        .positional('urls', { type: 'string', array: true, describe: 'http(s) addresses of article pages' })
        .option('corpus', { type: 'string', default: 'corpus', describe: 'Corpus folder the articles are saved into (created if missing)' }),
    )
      .example('$0 add https://news.example/2027/04/14/visit', 'Save one article into ./corpus')
      .example('$0 add URL1 URL2 --corpus news/', 'Several pages; each is reported, exit 1 if any failed') as never,
  handler: async (args) => {
    const { parseWebUrl, addPages, intakeContext } = await import('../../intake/index.js');
    // Every address is checked before anything is fetched: a typo or a file: URL fails fast (exit 2).
    const urls = [args.urls].flat().map((u) => parseWebUrl(String(u)));
    const ctx = intakeContext(toIntakeOptions(args, args.corpus));
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const single = urls.length === 1;
    const outcomes = await addPages(urls, ctx, (o) => {
      // A single URL's failure is the command's own error line, printed once below.
      if (o.status === 'failed' && !single) process.stderr.write(`attache: ${o.line}\n`);
      else if (o.status !== 'failed' && !args.quiet) out(`${o.status}: ${join(args.corpus, o.file)} (${o.title})`);
    });
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (single && failed[0]?.status === 'failed') throw new AttacheError(null, failed[0].line, 1);
    if (failed.length) throw new AttacheError(null, `${failed.length} of ${urls.length} pages could not be added`, 1);
  },
};
