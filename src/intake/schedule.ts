import { AttacheError } from '../errors.js';
import type { PollResult } from './poll.js';

export interface PollThenRebuild {
  /** One poll of the feeds (pollFeeds with the scheduler's options). */
  poll: () => Promise<PollResult>;
  /**
   * The rebuild, after every poll: articles may also have been put into the corpus by hand, and a
   * rebuild that finds nothing changed does nothing (--if-changed). What it returns ("brief
   * edition 4") is appended to the poll's line; nothing when there was nothing to build.
   */
  rebuild: () => Promise<string | void>;
  /** The run's one line. */
  log: (line: string) => void;
  /** A poll that could not run at all (the feeds file gone, a broken state file); `log` when not given. */
  error?: (line: string) => void;
}

/**
 * One scheduled run with feeds: poll, then rebuild. One line per run ("3 new articles from 2
 * feeds; brief edition 4"); a poll that fails is logged, not thrown, so the schedule keeps running
 * and what was put into the corpus by hand is still built.
 */
export async function pollThenRebuild({ poll, rebuild, log, error = log }: PollThenRebuild): Promise<PollResult | null> {
  let result: PollResult | null = null;
  try {
    result = await poll();
  } catch (e) {
    error(`error: ${e instanceof AttacheError ? e.line : (e as Error).message}`);
  }
  const suffix = await rebuild();
  if (result) log(suffix ? `${result.summary}; ${suffix}` : result.summary);
  else if (suffix) log(suffix);
  return result;
}
