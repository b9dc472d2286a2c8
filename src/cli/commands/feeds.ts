import type { Argv, CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { toIntakeOptions, withFetchOptions, type FetchArgs } from './add.js';

interface FeedsArgs extends FetchArgs {
  feeds: string;
  url?: string;
  name?: string;
  check?: boolean;
  corpus?: string;
  match?: string;
  quiet?: unknown;
}

const FEEDS_OPTION = { type: 'string', default: 'feeds.json', describe: 'Feeds file (JSON); its poll state is kept beside it in <name>.state.json' } as const;

const out = (line: string) => process.stdout.write(`${line}\n`);

const addFeed: CommandModule<object, FeedsArgs> = {
  command: 'add <url>',
  describe: 'Follow a feed (RSS, Atom or JSON Feed): checked, then written to the feeds file',
  builder: (y) =>
    withFetchOptions(
      y
        .positional('url', { type: 'string', describe: 'http(s) address of the feed' })
        .option('feeds', FEEDS_OPTION)
        .option('name', { type: 'string', describe: 'A name for the feed (default: the feed\'s own title)' })
        .option('check', { type: 'boolean', default: true, describe: 'Fetch the feed first and refuse it if it is not one (--no-check: add without fetching)' }),
    ) as never,
  handler: async (args) => {
    const { parseWebUrl, readFeeds, writeFeeds, intakeContext, redact } = await import('../../intake/index.js');
    const url = parseWebUrl(String(args.url), 'feed URL');
    const feeds = await readFeeds(args.feeds, { mustExist: false });
    if (feeds.some((f) => sameUrl(f.url, url.href))) {
      out(`already following ${redact(url)} in ${args.feeds}`);
      return;
    }
    let name = args.name?.trim() || undefined;
    let items: number | null = null;
    if (args.check !== false) {
      const { fetchFeed } = await import('../../intake/feed.js');
      const answer = await fetchFeed(url, { etag: null, lastModified: null }, intakeContext(toIntakeOptions(args, '.')));
      if (answer.status === 'ok') {
        name ??= answer.title || undefined;
        items = answer.items.length;
      }
    }
    await writeFeeds(args.feeds, [...feeds, { url: url.href, ...(name ? { name } : {}) }]);
    if (!args.quiet) out(`following ${redact(url)}${name ? ` (${name})` : ''}${items === null ? '' : `: ${items} item${items === 1 ? '' : 's'} now`}; ${feeds.length + 1} feed${feeds.length ? 's' : ''} in ${args.feeds}`);
  },
};

const listFeeds: CommandModule<object, FeedsArgs> = {
  command: 'list',
  describe: 'List the feeds followed, with when each was last polled',
  builder: (y) => y.option('feeds', FEEDS_OPTION) as never,
  handler: async (args) => {
    const { readFeeds, statePathFor, redact } = await import('../../intake/index.js');
    const { readState } = await import('../../intake/state.js');
    const feeds = await readFeeds(args.feeds, { mustExist: false });
    if (!feeds.length) {
      out(`no feeds in ${args.feeds}; add one with: attache feeds add URL --feeds ${args.feeds}`);
      return;
    }
    const state = await readState(statePathFor(args.feeds));
    for (const f of feeds) {
      const s = state.feeds[f.url];
      const polled = s?.lastPolled ? `polled ${s.lastPolled}, ${Object.keys(s.seen).length} items seen` : 'not polled yet';
      const error = s?.lastError ? `; last poll failed: ${s.lastError}` : '';
      const waiting = s && Object.keys(s.retry).length ? `; ${Object.keys(s.retry).length} to retry` : '';
      out(`${redact(f.url)}${f.name ? `  ${f.name}` : ''} — ${polled}${waiting}${error}`);
    }
  },
};

const pollOnce: CommandModule<object, FeedsArgs> = {
  command: 'poll',
  describe: 'Poll every feed once and add the new matching articles to the corpus',
  builder: (y) =>
    withFetchOptions(
      y
        .option('feeds', FEEDS_OPTION)
        .option('corpus', { type: 'string', default: 'corpus', describe: 'Corpus folder the articles are saved into' })
        .option('match', { type: 'string', describe: 'Keep items whose title and summary contain ALL these words (accents and case ignored), or match /regex/flags' }),
    )
      .example('$0 feeds poll --match "prime minister lisbon" && $0 build --if-changed', 'From cron: poll, then rebuild only when something changed') as never,
  handler: async (args) => {
    const { pollFeeds } = await import('../../intake/index.js');
    const corpus = args.corpus ?? 'corpus';
    const r = await pollFeeds({ ...toIntakeOptions(args, corpus), feedsFile: args.feeds, match: args.match ?? null, log: (l) => process.stderr.write(`attache: ${l}\n`) });
    if (!args.quiet) out(r.summary);
    if (r.problems) throw new AttacheError(null, `${r.problems} problem${r.problems === 1 ? '' : 's'} while polling ${args.feeds} (see above)`, 1);
  },
};

/** `attache feeds add|list|poll`: the feeds an analyst follows for one story. */
export const feedsCommand: CommandModule<object, FeedsArgs> = {
  command: 'feeds <command>',
  describe: 'Follow news feeds: feeds add URL, feeds list, feeds poll',
  builder: (y: Argv<object>) =>
    y
      .command(addFeed)
      .command(listFeeds)
      .command(pollOnce)
      .demandCommand(1, 'Name a feeds command: add, list or poll')
      .example('$0 feeds add https://news.example/rss.xml', 'Follow a feed (kept in ./feeds.json)')
      .example('$0 feeds list', 'The feeds followed and when each was polled') as never,
  handler: () => undefined,
};

/** Two spellings of one feed address (a trailing slash, the case of the host) are one feed. */
function sameUrl(a: string, b: string): boolean {
  try {
    const norm = (s: string) => new URL(s).href.replace(/\/$/, '');
    return norm(a) === norm(b);
  } catch {
    return a === b;
  }
}
