import { watch } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { stopWhenIdle } from '../interrupt.js';
import { makeRunner } from '../runner.js';
import { envVarsOf, withOptions } from '../spec.js';
import { epilogue } from '../usage.js';
import { optionsFor } from '../resolve.js';
import { WATCH_COMMAND, WATCH_OPTIONS } from './unattended-options.js';

export const watchCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'watch [corpus]',
  describe: 'Rebuild whenever a file in the corpus (or the templates) changes',
  builder: (y) =>
    withOptions(y, WATCH_OPTIONS)
      .epilogue(epilogue(envVarsOf(WATCH_OPTIONS)))
      .example('$0 watch corpus --out out', 'Rebuild out/ as you edit articles in corpus/'),
  handler: async (args) => {
    const opts = optionsFor(WATCH_COMMAND, args);
    const stderr = (line: string) => process.stderr.write(`${line}\n`);
    const log = (line: string) => (opts.quiet ? undefined : stderr(line));
    const runner = makeRunner({ ...opts, log: stderr }, { result: (line) => process.stdout.write(`${line}\n`), error: stderr });
    await runner.once();
    let timer: NodeJS.Timeout | null = null;
    // Writing the brief into an output folder inside the corpus must not set off another build.
    const outInCorpus = relative(resolve(opts.corpus), resolve(opts.out));
    const kick = (_event: string, name: string | Buffer | null) => {
      const file = name ? String(name) : '';
      if (outInCorpus && !outInCorpus.startsWith('..') && (file === outInCorpus || file.startsWith(`${outInCorpus}${sep}`))) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void runner.once(), opts.debounce);
    };
    const watchers = [opts.corpus, ...(opts.templates ? [opts.templates] : [])].map((dir) => {
      let watcher;
      try {
        watcher = watch(dir, { recursive: true }, kick);
      } catch (e) {
        throw new AttacheError(dir, `cannot watch: ${(e as Error).message}`);
      }
      // A folder removed or made unreadable while watched: say so rather than die or go quiet.
      watcher.on('error', (e) => stderr(`warning: ${dir}: cannot watch any longer: ${e.message}`));
      return watcher;
    });
    log(`watching ${opts.corpus} (Ctrl-C to stop)`);
    await new Promise<void>((done) => {
      stopWhenIdle((signal) => {
        for (const w of watchers) w.close();
        if (timer) clearTimeout(timer);
        log(`stopped watching ${opts.corpus} (${signal})`);
        done();
      });
    });
  },
};
