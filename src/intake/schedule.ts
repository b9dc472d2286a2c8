import { AttacheError } from '../errors.js';
import type { PollResult } from './poll.js';

export interface PollThenRebuild {
  /** One poll of the feeds (pollFeeds with the scheduler's options). */
  poll: () => Promise<PollResult>;
  /** The rebuild; what it returns ("brief edition 4") is appended to the poll's line. */
  rebuild: () => Promise<string | void>;
  log: (line: string) => void;
}

/**
 * One scheduled run with feeds: poll, and rebuild only when the poll changed the corpus. One line
 * per run ("3 new articles from 2 feeds; brief edition 4"); a poll that fails is logged, not thrown,
 * so the schedule keeps running.
 */
export async function pollThenRebuild({ poll, rebuild, log }: PollThenRebuild): Promise<PollResult | null> {
  let result: PollResult;
  try {
    result = await poll();
  } catch (e) {
    log(`error: ${e instanceof AttacheError ? e.line : (e as Error).message}`);
    return null;
  }
  const suffix = result.changed ? await rebuild() : undefined;
  log(suffix ? `${result.summary}; ${suffix}` : result.summary);
  return result;
}
