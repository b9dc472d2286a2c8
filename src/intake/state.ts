import { z } from 'zod';
import { AttacheError } from '../errors.js';
import { readJson, writeJson } from './json-file.js';

/** An item whose page could not be added: tried again on later polls, even when the feed is unchanged. */
const Retry = z.object({ link: z.string(), title: z.string(), tries: z.number().int().min(0) });

const FeedState = z.object({
  /** Validators of the last full answer, sent back as If-None-Match / if-modified-since. */
  etag: z.string().nullable().default(null),
  lastChanged: z.string().nullable().default(null),
  lastPolled: z.string().nullable().default(null),
  lastError: z.string().nullable().default(null),
  /** Items already handled (added, not matching, or given up on), by guid or link → when first seen. */
  seen: z.record(z.string(), z.string()).default({}),
  retry: z.record(z.string(), Retry).default({}),
});

const PollState = z.object({ version: z.literal(1), feeds: z.record(z.string(), FeedState) });

export type FeedState = z.infer<typeof FeedState>;
export type PollState = z.infer<typeof PollState>;

/** A feed keeps a few hundred items at most; this many remembered per feed is plenty. */
const MAX_SEEN = 5000;

export async function readState(path: string): Promise<PollState> {
  try {
    return (await readJson(path, PollState, 'feeds state file')) ?? { version: 1, feeds: {} };
  } catch (e) {
    const err = e as AttacheError;
    throw new AttacheError(err.file, `${err.message} (delete it to start afresh: items already in the corpus are not added twice)`);
  }
}

export async function writeState(path: string, state: PollState): Promise<void> {
  for (const feed of Object.values(state.feeds)) {
    const keys = Object.keys(feed.seen);
    if (keys.length > MAX_SEEN) {
      // Forget the oldest first: they have long left the feed.
      const keep = keys.sort((a, b) => (feed.seen[b]! < feed.seen[a]! ? -1 : 1)).slice(0, MAX_SEEN);
      feed.seen = Object.fromEntries(keep.sort().map((k) => [k, feed.seen[k]!]));
    }
  }
  await writeJson(path, state, 'feeds state file');
}

export function feedState(state: PollState, url: string): FeedState {
  state.feeds[url] ??= FeedState.parse({});
  return state.feeds[url]!;
}
