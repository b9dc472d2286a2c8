import { AttacheError } from '../errors.js';
import { addPage, intakeContext, type AddOutcome, type IntakeOptions } from './add.js';
import { fetchFeed, type FeedItem } from './feed.js';
import { readFeeds, statePathFor } from './feeds-file.js';
import { parseMatch } from './match.js';
import { feedState, readState, writeState, type FeedState } from './state.js';
import { redact, redactText } from './url.js';

export interface PollOptions extends IntakeOptions {
  feedsFile: string;
  /** Keep items whose title and summary match (see parseMatch); all items when missing. */
  match?: string | null;
  /** One line per problem: a feed or a page that failed, an item that cannot be used. */
  log: (line: string) => void;
  /** Polls before an item whose page keeps failing is given up on. */
  maxTries?: number;
}

export interface PollResult {
  /** Articles new to the corpus, and articles already there whose text changed. */
  added: number;
  updated: number;
  /** Feeds polled. */
  feeds: number;
  /** Feeds that answered "not modified". */
  notChanged: number;
  problems: number;
  /** True when the corpus changed: the caller rebuilds only then. */
  changed: boolean;
  /** "3 new articles from 2 feeds": the poll's one log line (the caller may append the edition). */
  summary: string;
}

interface Candidate {
  feed: FeedState;
  feedUrl: string;
  key: string;
  link: string;
  title: string;
}

/**
 * Polls every feed in the feeds file, adds the new items that match into the corpus with `add`'s
 * pipeline, and remembers what it saw (and each feed's validators) in the state file beside the
 * feeds file. Problems are logged and counted; they never stop the other feeds or items.
 */
export async function pollFeeds(opts: PollOptions): Promise<PollResult> {
  const matcher = parseMatch(opts.match);
  const feeds = await readFeeds(opts.feedsFile, { mustExist: true });
  const statePath = statePathFor(opts.feedsFile);
  const state = await readState(statePath);
  const ctx = intakeContext(opts);
  const maxTries = opts.maxTries ?? 3;
  const stamp = () => ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  let problems = 0;
  const problem = (line: string) => {
    problems++;
    opts.log(redactText(line));
  };

  const candidates: Candidate[] = [];
  let notChanged = 0;
  await Promise.all(
    feeds.map(async ({ url: feedUrl }) => {
      const fs = feedState(state, feedUrl);
      // Items that failed before are tried again whatever the feed says now.
      for (const [key, r] of Object.entries(fs.retry)) candidates.push({ feed: fs, feedUrl, key, link: r.link, title: r.title });
      let answer;
      try {
        answer = await fetchFeed(new URL(feedUrl), fs, ctx);
      } catch (e) {
        fs.lastError = e instanceof AttacheError ? e.message : (e as Error).message;
        fs.lastPolled = stamp();
        problem(e instanceof AttacheError ? e.line : `${redact(feedUrl)}: ${(e as Error).message}`);
        return;
      }
      fs.lastPolled = stamp();
      fs.lastError = null;
      if (answer.status === 'not-modified') {
        notChanged++;
        return;
      }
      fs.etag = answer.etag;
      fs.lastChanged = answer.lastChanged;
      for (const item of answer.items) {
        if (fs.seen[item.key] || fs.retry[item.key]) continue;
        const usable = usableItem(item, feedUrl);
        if ('problem' in usable) {
          problem(usable.problem);
          fs.seen[item.key] = stamp();
          continue;
        }
        if (!matcher(`${item.title}\n${item.summary}`)) {
          fs.seen[item.key] = stamp();
          continue;
        }
        candidates.push({ feed: fs, feedUrl, key: item.key, link: usable.link, title: item.title });
      }
    }),
  );

  // One article linked from two feeds (or twice from one) is fetched once.
  const byLink = new Map<string, Candidate[]>();
  for (const c of candidates) byLink.set(c.link, [...(byLink.get(c.link) ?? []), c]);
  let added = 0;
  let updated = 0;
  await Promise.all(
    [...byLink.values()].map(async (same) => {
      const outcome: AddOutcome = await addPage(new URL(same[0]!.link), ctx);
      for (const c of same) settle(c, outcome);
      if (outcome.status === 'failed') problem(outcome.line + (same.every((c) => c.feed.retry[c.key]) ? ' (will try again next poll)' : ` (gave up after ${maxTries} tries)`));
      else if (outcome.status === 'added') added++;
      else if (outcome.status === 'updated') updated++;
    }),
  );

  /** Remembers what became of an item: seen when done or given up on, kept for retry otherwise. */
  function settle(c: Candidate, outcome: AddOutcome): void {
    if (outcome.status === 'failed') {
      const tries = (c.feed.retry[c.key]?.tries ?? 0) + 1;
      if (tries < maxTries) {
        c.feed.retry[c.key] = { link: c.link, title: c.title, tries };
        return;
      }
    }
    delete c.feed.retry[c.key];
    c.feed.seen[c.key] = stamp();
  }

  await writeState(statePath, state);
  const summary = summaryLine(added, updated, feeds.length, problems);
  return { added, updated, feeds: feeds.length, notChanged, problems, changed: added + updated > 0, summary };
}

/** The item's absolute http(s) link, or the one line saying why it cannot be fetched. */
function usableItem(item: FeedItem, feedUrl: string): { link: string } | { problem: string } {
  if (item.link) return { link: item.link };
  const name = item.title ? `"${item.title.length > 60 ? `${item.title.slice(0, 57)}…` : item.title}"` : 'an item without a title';
  if (!item.rawLink) return { problem: `${redact(feedUrl)}: ${name} has no link; skipped` };
  return { problem: `${redact(feedUrl)}: ${name} links to ${redactText(item.rawLink.slice(0, 80))}: refused, only http and https pages are fetched` };
}

export function summaryLine(added: number, updated: number, feeds: number, problems: number): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  let line = `${added ? n(added, 'new article', 'new articles') : 'no new articles'} from ${n(feeds, 'feed', 'feeds')}`;
  if (updated) line += `, ${updated} updated`;
  if (problems) line += `; ${n(problems, 'problem', 'problems')}`;
  return line;
}
