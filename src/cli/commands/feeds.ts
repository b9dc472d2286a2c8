import type { Argv, CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import { optionsFor } from '../resolve.js';
import { envVarsOf, withOptions } from '../spec.js';
import { epilogue } from '../usage.js';
import { FEEDS_ADD_COMMAND, FEEDS_ADD_OPTIONS, FEEDS_LIST_COMMAND, FEEDS_LIST_OPTIONS, FEEDS_POLL_COMMAND, FEEDS_POLL_OPTIONS } from './intake-options.js';

type Args = Record<string, unknown>;

const out = (line: string) => process.stdout.write(`${line}\n`);

const addFeed: CommandModule<object, Args> = {
  command: 'add <url>',
  describe: 'Follow a feed (RSS, Atom or JSON Feed): checked, then written to the feeds file',
  builder: (y) =>
    withOptions(y.positional('url', { type: 'string', describe: 'http(s) address of the feed' }), FEEDS_ADD_OPTIONS)
      .epilogue(epilogue(envVarsOf(FEEDS_ADD_OPTIONS)))
      .example('$0 feeds add https://news.example/rss.xml', 'Follow a feed (kept in ./feeds.json)'),
  handler: async (args) => {
    const opts = optionsFor(FEEDS_ADD_COMMAND, args);
    const { parseWebUrl, readFeeds, writeFeeds, intakeContext, redact } = await import('../../intake/index.js');
    const url = parseWebUrl(String(args.url), 'feed URL');
    const feeds = await readFeeds(opts.feedsFile, { mustExist: false });
    if (feeds.some((f) => sameUrl(f.url, url.href))) {
      out(`already following ${redact(url)} in ${opts.feedsFile}`);
      return;
    }
    let name = opts.name;
    let items: number | null = null;
    if (opts.check) {
      const { fetchFeed } = await import('../../intake/feed.js');
      const answer = await fetchFeed(url, { etag: null, lastChanged: null }, intakeContext(opts.intake));
      if (answer.status === 'ok') {
        name ??= answer.title || undefined;
        items = answer.items.length;
      }
    }
    await writeFeeds(opts.feedsFile, [...feeds, { url: url.href, ...(name ? { name } : {}) }]);
    const count = feeds.length + 1;
    if (!opts.quiet) out(`following ${redact(url)}${name ? ` (${name})` : ''}${items === null ? '' : `: ${items} item${items === 1 ? '' : 's'} now`}; ${count} feed${count === 1 ? '' : 's'} in ${opts.feedsFile}`);
  },
};

const listFeeds: CommandModule<object, Args> = {
  command: 'list',
  describe: 'List the feeds followed, with when each was last polled',
  builder: (y) => withOptions(y, FEEDS_LIST_OPTIONS).epilogue(epilogue(envVarsOf(FEEDS_LIST_OPTIONS))),
  handler: async (args) => {
    const { feedsFile } = optionsFor(FEEDS_LIST_COMMAND, args);
    const { readFeeds, statePathFor, redact } = await import('../../intake/index.js');
    const { readState } = await import('../../intake/state.js');
    const feeds = await readFeeds(feedsFile, { mustExist: false });
    if (!feeds.length) {
      out(`no feeds in ${feedsFile}; add one with: attache feeds add URL --feeds ${feedsFile}`);
      return;
    }
    const state = await readState(statePathFor(feedsFile));
    for (const f of feeds) {
      const s = state.feeds[f.url];
      const polled = s?.lastPolled ? `polled ${s.lastPolled}, ${Object.keys(s.seen).length} items seen` : 'not polled yet';
      const error = s?.lastError ? `; last poll failed: ${s.lastError}` : '';
      const waiting = s && Object.keys(s.retry).length ? `; ${Object.keys(s.retry).length} to retry` : '';
      out(`${redact(f.url)}${f.name ? `  ${f.name}` : ''} — ${polled}${waiting}${error}`);
    }
  },
};

const pollOnce: CommandModule<object, Args> = {
  command: 'poll',
  describe: 'Poll every feed once and add the new matching articles to the corpus',
  builder: (y) =>
    withOptions(y, FEEDS_POLL_OPTIONS)
      .epilogue(epilogue(envVarsOf(FEEDS_POLL_OPTIONS)))
      .example('$0 feeds poll --match "prime minister lisbon" && $0 build --if-changed', 'From cron: poll, then rebuild only when something changed'),
  handler: async (args) => {
    const opts = optionsFor(FEEDS_POLL_COMMAND, args);
    const { pollFeeds } = await import('../../intake/index.js');
    const r = await pollFeeds({ ...opts.intake, feedsFile: opts.feedsFile, match: opts.match, log: (l) => process.stderr.write(`attache: ${l}\n`) });
    if (!opts.quiet) out(r.summary);
    if (r.problems) throw new AttacheError(null, `${r.problems} problem${r.problems === 1 ? '' : 's'} while polling ${opts.feedsFile} (see above)`, EXIT.failed);
  },
};

/** `attache feeds add|list|poll`: the feeds an analyst follows for one story. */
export const feedsCommand: CommandModule<object, Args> = {
  command: 'feeds <command>',
  describe: 'Follow news feeds: feeds add URL, feeds list, feeds poll',
  builder: (y: Argv<object>) =>
    y
      .command(addFeed)
      .command(listFeeds)
      .command(pollOnce)
      .demandCommand(1, 'name a feeds command: add, list or poll (attache feeds --help lists them)')
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
