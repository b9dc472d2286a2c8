import { Cron } from 'croner';
import type { CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import { stopWhenIdle } from '../interrupt.js';
import { checkFeedsFile, editionNote, pollFeedsOnce } from '../polling.js';
import { makeRunner, stamp } from '../runner.js';
import { envVarsOf, withOptions } from '../spec.js';
import { epilogue } from '../usage.js';
import { formatInZone } from '../zone.js';
import { optionsFor } from '../resolve.js';
import { SCHEDULE_COMMAND, SCHEDULE_OPTIONS } from './unattended-options.js';

export const scheduleCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'schedule [corpus]',
  describe: 'Rebuild on a cron schedule, only when something changed, one line per run; with --feeds, poll the feeds first',
  builder: (y) =>
    withOptions(y, SCHEDULE_OPTIONS)
      .epilogue(epilogue(envVarsOf(SCHEDULE_OPTIONS)))
      .example('$0 schedule --cron "*/15 * * * *" corpus --out out', 'Every 15 minutes, rebuild if an article arrived')
      .example('$0 schedule --cron "0 7 * * 1-5" --tz Europe/Paris', 'At 7:00 Paris time on weekdays')
      .example('$0 schedule --cron "*/15 * * * *" --feeds feeds.json --match "prime minister lisbon"', 'Every 15 minutes, poll the feeds, then rebuild if anything arrived'),
  handler: async (args) => {
    const opts = optionsFor(SCHEDULE_COMMAND, args);
    const { feeds } = opts;
    const stdout = (line: string) => process.stdout.write(`${line}\n`);
    const stderr = (line: string) => process.stderr.write(`${line}\n`);
    const log = (line: string) => (opts.quiet ? undefined : stderr(line));
    if (feeds) await checkFeedsFile(feeds);
    // With feeds, a run's one line is the poll's, ending with what the build made.
    const runner = makeRunner({ ...opts, log: stderr }, { result: feeds ? () => undefined : stdout, error: stderr });
    let stopping = false;
    const run = async (): Promise<unknown> => {
      if (!feeds) return runner.once();
      const at = stamp();
      const { pollThenRebuild } = await import('../../intake/schedule.js');
      return pollThenRebuild({
        poll: () => pollFeedsOnce(feeds, at, stderr),
        // Stopped while polling: what was fetched is kept, and the build waits for the next start.
        rebuild: async () => (stopping ? undefined : editionNote(await runner.once())),
        log: (line) => stdout(`${at} ${line}`),
        error: (line) => stderr(`${at} ${line}`),
      });
    };
    const next = (job: Cron) => {
      const at = job.nextRun();
      return at ? formatInZone(at, opts.tz) : 'never';
    };
    await new Promise<void>((resolve, reject) => {
      let job: Cron;
      let current: Promise<unknown> | null = null;
      try {
        // protect: a run still going when the next is due is skipped, never overlapped.
        job = new Cron(opts.cron, { protect: true, maxRuns: opts.runs, timezone: opts.tz }, async () => {
          current = run();
          await current;
          current = null;
          if (stopping) return;
          if (!job.nextRun()) {
            forget();
            resolve();
          } else log(`next run ${next(job)}`);
        });
      } catch (e) {
        reject(new AttacheError('--cron', `not a valid cron expression "${opts.cron}": ${(e as Error).message}`, EXIT.usage));
        return;
      }
      // A signal between builds (a poll included) stops cleanly once the run in hand has finished.
      const forget = stopWhenIdle((signal) => {
        stopping = true;
        job.stop();
        if (current) log(`stopping once the poll in hand has finished (${signal})`);
        void Promise.resolve(current).then(() => {
          log(`stopped the schedule "${opts.cron}" (${signal})`);
          resolve();
        });
      });
      log(`scheduled "${opts.cron}" in ${opts.tz} for ${opts.corpus} → ${opts.out}${feeds ? ` with the feeds in ${feeds.feedsFile}` : ''}; next run ${next(job)}`);
    });
  },
};
