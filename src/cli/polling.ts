import type { PollResult } from '../intake/poll.js';
import type { BuildResult } from './build.js';
import type { FeedPolling } from './commands/intake-options.js';

/**
 * Feeds as `watch` and `schedule` poll them. The intake is loaded only when feeds are named, so a
 * plain watch or schedule never loads the fetchers.
 */

/** A feeds file that is not there is one line and exit 1 at the start, not an error on every run. */
export async function checkFeedsFile(feeds: FeedPolling): Promise<void> {
  const { readFeeds } = await import('../intake/index.js');
  await readFeeds(feeds.feedsFile, { mustExist: true });
}

/** One poll into the corpus; each problem is a stamped `feeds:` line on `problem` (stderr). */
export async function pollFeedsOnce(feeds: FeedPolling, at: string, problem: (line: string) => void): Promise<PollResult> {
  const { pollFeeds } = await import('../intake/index.js');
  return pollFeeds({ ...feeds.intake, feedsFile: feeds.feedsFile, match: feeds.match, log: (l) => problem(`${at} feeds: ${l}`) });
}

/** What a rebuild adds to the poll's line: the edition it wrote, that it failed, or nothing when unchanged. */
export function editionNote(r: BuildResult | null): string | undefined {
  if (r === null) return 'the build failed (see above)';
  return r.status === 'built' ? `brief edition ${r.brief.edition ?? 1}` : undefined;
}
