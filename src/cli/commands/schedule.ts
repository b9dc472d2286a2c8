import { Cron } from 'croner';
import type { CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { makeRunner } from '../runner.js';
import { toBuildOptions, withBuildOptions, type BuildArgs } from './build-options.js';

type ScheduleArgs = BuildArgs & { cron: string; runs?: number };

export const scheduleCommand: CommandModule<object, ScheduleArgs> = {
  command: 'schedule [corpus]',
  describe: 'Rebuild on a cron schedule, only when something changed, one log line per run',
  builder: (y) =>
    withBuildOptions(y)
      .option('cron', { type: 'string', demandOption: true, describe: 'Cron expression (5 fields, or 6 with seconds first), e.g. "*/15 * * * *"' })
      .option('runs', { type: 'number', describe: 'Stop after this many runs (default: run until stopped)' })
      .example('$0 schedule --cron "*/15 * * * *" corpus --out out', 'Every 15 minutes, rebuild if an article arrived') as never,
  handler: async (args) => {
    const log = (line: string) => process.stdout.write(`${line}\n`);
    const opts = toBuildOptions(args, (l) => process.stderr.write(`${l}\n`));
    if (args.runs !== undefined && (!Number.isInteger(args.runs) || args.runs < 1)) throw new AttacheError('--runs', `expected a whole number of runs, 1 or more; got "${args.runs}"`, 2);
    const runner = makeRunner(opts, log);
    let job: Cron;
    await new Promise<void>((resolve, reject) => {
      try {
        // protect: a run still going when the next is due is skipped, never overlapped.
        job = new Cron(args.cron, { protect: true, maxRuns: args.runs, timezone: 'UTC' }, async () => {
          await runner.once();
          if (!job.nextRun()) resolve();
        });
      } catch (e) {
        reject(new AttacheError('--cron', `not a valid cron expression "${args.cron}": ${(e as Error).message}`, 2));
        return;
      }
      log(`scheduled "${args.cron}" for ${opts.corpus} → ${opts.out}; next run ${job.nextRun()?.toISOString() ?? 'never'}`);
      const stop = () => {
        job.stop();
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
