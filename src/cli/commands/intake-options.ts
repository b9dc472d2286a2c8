import { AttacheError } from '../../errors.js';
import type { IntakeOptions } from '../../intake/add.js';
import { parseMatch } from '../../intake/match.js';
import { BadValue, flag, nonNegativeNumber, optionalPath, path, positiveNumber, show, text, wholeNumber, type Field } from '../options.js';
import { defineOptions, type CommandSpec, type Values } from '../spec.js';
import { GLOBAL_OPTIONS } from './build-options.js';

/**
 * The options of `add`, `feeds add|list|poll`, and the feed options of `watch` and `schedule`.
 * Only light modules are imported here: the unchanged fast path reads every command's table
 * (for the configuration file's keys) and must not load zod or the fetchers.
 */

/** Words or /regex/flags, checked by the matcher itself; "" means every item. */
const match: Field<string | undefined> = {
  optional: true,
  parse: (v) => {
    if (typeof v !== 'string') throw new BadValue(`expected words or /regex/flags; got ${show(v)}`);
    if (!v.trim()) return undefined;
    try {
      parseMatch(v);
    } catch (e) {
      throw e instanceof AttacheError ? new BadValue(e.message) : e;
    }
    return v;
  },
};

/** How pages and feeds are fetched: `add`, `feeds add`, `feeds poll`, and `watch`/`schedule` with feeds. */
export const FETCH_OPTIONS = defineOptions({
  delay: { field: nonNegativeNumber('seconds', 3600), flag: 'string', default: 1, config: 'fetch.delay', describe: 'Seconds between two requests to one site' },
  concurrency: { field: wholeNumber('requests', 1, 32), flag: 'string', default: 4, config: 'fetch.concurrency', describe: 'Most requests in flight at once, 1 to 32' },
  timeout: { field: positiveNumber('seconds', 3600), flag: 'string', default: 30, config: 'fetch.timeout', describe: 'Seconds for one page or feed, redirects and body included (10 s at most to get an answer)' },
  'max-size': { field: positiveNumber('MB', 1024), flag: 'string', default: 5, config: 'fetch.max-size', describe: 'Largest page or feed read, in MB; a larger one is aborted' },
  contact: { field: text, flag: 'string', env: 'ATTACHE_CONTACT', config: 'fetch.contact', defaultDescription: "the package's page", describe: 'URL or e-mail address put in the User-Agent, so sites can reach you' },
});

const FEEDS_FILE = { flag: 'string', env: 'ATTACHE_FEEDS', config: 'feeds.file', path: true } as const;
const MATCH = { field: match, flag: 'string', config: 'feeds.match', describe: 'Keep items whose title and summary contain ALL these words (accents and case ignored), or match /regex/flags' } as const;

/** The feeds file of `feeds add|list|poll`: there is always one. */
const FEEDS = { ...FEEDS_FILE, field: path('a feeds file (JSON)'), default: 'feeds.json', describe: 'Feeds file (JSON); its poll state is kept beside it in <name>.state.json' } as const;

/** Where fetched articles are saved: the corpus a build reads. */
const CORPUS = { field: path('a folder of articles'), flag: 'string', default: 'corpus', env: 'ATTACHE_CORPUS', config: 'corpus', path: true, describe: 'Corpus folder the articles are saved into (created if missing)' } as const;

/** What `watch` and `schedule` add to a build: polling the feeds, when a feeds file is named. */
export const FEED_POLL_OPTIONS = defineOptions({
  feeds: { ...FEEDS_FILE, field: optionalPath('a feeds file (JSON)'), defaultDescription: 'none', describe: 'Poll the feeds in this file (see attache feeds) into the corpus: before each schedule run, every --poll-interval seconds in watch ("" turns it off)' },
  match: MATCH,
  ...FETCH_OPTIONS,
});

export type FetchValues = Values<typeof FETCH_OPTIONS>;

/** Checked fetch options as the intake wants them. */
export function toIntakeOptions(v: FetchValues, corpus: string): IntakeOptions {
  const total = Math.round(v.timeout * 1000);
  return {
    corpus,
    politeness: { delayMs: Math.round(v.delay * 1000), concurrency: v.concurrency },
    limits: { totalTimeoutMs: total, connectTimeoutMs: Math.min(10_000, total), maxBytes: Math.round(v['max-size'] * 1024 * 1024) },
    contact: v.contact ?? null,
  };
}

/** Polling as `watch` and `schedule` run it: null without a feeds file. */
export interface FeedPolling {
  feedsFile: string;
  match: string | null;
  intake: IntakeOptions;
}

export function toFeedPolling(v: Values<typeof FEED_POLL_OPTIONS>, corpus: string): FeedPolling | null {
  return v.feeds === undefined ? null : { feedsFile: v.feeds, match: v.match ?? null, intake: toIntakeOptions(v, corpus) };
}

export const ADD_OPTIONS = defineOptions({ ...GLOBAL_OPTIONS, corpus: CORPUS, ...FETCH_OPTIONS });
export const ADD_COMMAND: CommandSpec<typeof ADD_OPTIONS, IntakeOptions & { quiet: boolean }> = {
  name: 'add',
  options: ADD_OPTIONS,
  missing: 'give the http(s) address of at least one article page',
  finish: (v) => ({ ...toIntakeOptions(v, v.corpus), quiet: v.quiet }),
};

export const FEEDS_ADD_OPTIONS = defineOptions({
  ...GLOBAL_OPTIONS,
  feeds: FEEDS,
  name: { field: text, flag: 'string', defaultDescription: "the feed's own title", describe: 'A name for the feed' },
  check: { field: flag, flag: 'boolean', default: true, describe: 'Fetch the feed first and refuse it if it is not one (--no-check: add without fetching)' },
  ...FETCH_OPTIONS,
});
export const FEEDS_ADD_COMMAND: CommandSpec<typeof FEEDS_ADD_OPTIONS, { feedsFile: string; name: string | undefined; check: boolean; intake: IntakeOptions; quiet: boolean }> = {
  name: 'feeds add',
  options: FEEDS_ADD_OPTIONS,
  missing: "give the feed's http(s) address",
  finish: (v) => ({ feedsFile: v.feeds, name: v.name?.trim() || undefined, check: v.check, intake: toIntakeOptions(v, '.'), quiet: v.quiet }),
};

export const FEEDS_LIST_OPTIONS = defineOptions({ ...GLOBAL_OPTIONS, feeds: FEEDS });
export const FEEDS_LIST_COMMAND: CommandSpec<typeof FEEDS_LIST_OPTIONS, { feedsFile: string }> = {
  name: 'feeds list',
  options: FEEDS_LIST_OPTIONS,
  finish: (v) => ({ feedsFile: v.feeds }),
};

export const FEEDS_POLL_OPTIONS = defineOptions({ ...GLOBAL_OPTIONS, feeds: FEEDS, corpus: CORPUS, match: MATCH, ...FETCH_OPTIONS });
export const FEEDS_POLL_COMMAND: CommandSpec<typeof FEEDS_POLL_OPTIONS, FeedPolling & { quiet: boolean }> = {
  name: 'feeds poll',
  options: FEEDS_POLL_OPTIONS,
  finish: (v) => ({ feedsFile: v.feeds, match: v.match ?? null, intake: toIntakeOptions(v, v.corpus), quiet: v.quiet }),
};
