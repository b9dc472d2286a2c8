import { createRequire } from 'node:module';
import { BadValue, optional, positiveNumber, show, timeZone, wholeNumber, type Field } from '../options.js';
import { defineOptions, type CommandSpec } from '../spec.js';
import { machineZone } from '../zone.js';
import { BUILD_OPTIONS, toBuildOptions, type CheckedBuildOptions } from './build-options.js';
import { FEED_POLL_OPTIONS, toFeedPolling, type FeedPolling } from './intake-options.js';

/** A cron expression croner accepts (loaded only when one is checked: the fast path never is). */
const cron: Field<string> = {
  parse: (v) => {
    if (typeof v !== 'string' || !v.trim()) throw new BadValue(`expected a cron expression such as "*/15 * * * *"; got ${show(v)}`);
    const { Cron } = createRequire(import.meta.url)('croner') as typeof import('croner');
    try {
      new Cron(v, { paused: true }).stop();
    } catch (e) {
      throw new BadValue(`not a valid cron expression ${show(v)}: ${(e as Error).message}`);
    }
    return v;
  },
};

export const WATCH_OPTIONS = defineOptions({
  ...BUILD_OPTIONS,
  debounce: { field: wholeNumber('milliseconds', 0), flag: 'string', default: 400, config: 'watch.debounce', describe: 'Wait this many ms after the last change before rebuilding' },
  ...FEED_POLL_OPTIONS,
  // A day at most: longer than any news cycle, and within what a timer can wait.
  'poll-interval': { field: positiveNumber('seconds', 86_400), flag: 'string', default: 900, config: 'watch.poll-interval', describe: 'With --feeds: seconds between two polls of the feeds' },
});

export const SCHEDULE_OPTIONS = defineOptions({
  ...BUILD_OPTIONS,
  cron: { field: cron, flag: 'string', config: 'schedule.cron', describe: 'Cron expression (5 fields, or 6 with seconds first), e.g. "*/15 * * * *" (required)' },
  tz: { field: optional(timeZone), flag: 'string', config: 'schedule.tz', defaultDescription: "this machine's zone", describe: 'Time zone the cron expression is read in, e.g. Europe/Paris or UTC' },
  runs: { field: optional(wholeNumber('runs', 1)), flag: 'string', defaultDescription: 'until stopped', describe: 'Stop after this many runs' },
  ...FEED_POLL_OPTIONS,
});

export type WatchOptions = CheckedBuildOptions & { debounce: number; feeds: FeedPolling | null; pollIntervalMs: number };
export type ScheduleOptions = CheckedBuildOptions & { cron: string; tz: string; runs: number | undefined; feeds: FeedPolling | null };

export const WATCH_COMMAND: CommandSpec<typeof WATCH_OPTIONS, WatchOptions> = {
  name: 'watch',
  options: WATCH_OPTIONS,
  finish: (v) => ({ ...toBuildOptions(v), debounce: v.debounce, feeds: toFeedPolling(v, v.corpus), pollIntervalMs: Math.round(v['poll-interval'] * 1000) }),
};

export const SCHEDULE_COMMAND: CommandSpec<typeof SCHEDULE_OPTIONS, ScheduleOptions> = {
  name: 'schedule',
  options: SCHEDULE_OPTIONS,
  finish: (v) => ({ ...toBuildOptions(v), cron: v.cron, tz: v.tz ?? machineZone(), runs: v.runs, feeds: toFeedPolling(v, v.corpus) }),
};
