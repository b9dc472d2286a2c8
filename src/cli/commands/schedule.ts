import { Cron } from 'croner';
import type { CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import { stopWhenIdle } from '../interrupt.js';
import { makeRunner } from '../runner.js';
import { envVarsOf, withOptions } from '../spec.js';
import { epilogue } from '../usage.js';
import { formatInZone } from '../zone.js';
import { optionsFor } from '../resolve.js';
import { SCHEDULE_COMMAND, SCHEDULE_OPTIONS } from './unattended-options.js';

export const scheduleCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'schedule [corpus]',
  describe: 'Rebuild on a cron schedule, only when something changed, one line per run',
  builder: (y) =>
    withOptions(y, SCHEDULE_OPTIONS)
      .epilogue(epilogue(envVarsOf(SCHEDULE_OPTIONS)))
      .example('$0 schedule --cron "*/15 * * * *" corpus --out out', 'Every 15 minutes, rebuild if an article arrived')
      .example('$0 schedule --cron "0 7 * * 1-5" --tz Europe/Paris', 'At 7:00 Paris time on weekdays'),
  handler: async (args) => {
    const opts = optionsFor(SCHEDULE_COMMAND, args);
    const stderr = (line: string) => process.stderr.write(`${line}\n`);
    const log = (line: string) => (opts.quiet ? undefined : stderr(line));
    const runner = makeRunner({ ...opts, log: stderr }, { result: (line) => process.stdout.write(`${line}\n`), error: stderr });
    const next = (job: Cron) => {
      const at = job.nextRun();
      return at ? formatInZone(at, opts.tz) : 'never';
    };
    await new Promise<void>((resolve, reject) => {
      let job: Cron;
      try {
        // protect: a run still going when the next is due is skipped, never overlapped.
        job = new Cron(opts.cron, { protect: true, maxRuns: opts.runs, timezone: opts.tz }, async () => {
          await runner.once();
          if (!job.nextRun()) {
            forget();
            resolve();
          } else log(`next run ${next(job)}`);
        });
      } catch (e) {
        reject(new AttacheError('--cron', `not a valid cron expression "${opts.cron}": ${(e as Error).message}`, EXIT.usage));
        return;
      }
      const forget = stopWhenIdle((signal) => {
        job.stop();
        log(`stopped the schedule "${opts.cron}" (${signal})`);
        resolve();
      });
      log(`scheduled "${opts.cron}" in ${opts.tz} for ${opts.corpus} → ${opts.out}; next run ${next(job)}`);
    });
  },
};
