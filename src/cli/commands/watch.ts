import { watch } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { makeRunner } from '../runner.js';
import { toBuildOptions, withBuildOptions, type BuildArgs } from './build-options.js';

type WatchArgs = BuildArgs & { debounce: number };

export const watchCommand: CommandModule<object, WatchArgs> = {
  command: 'watch [corpus]',
  describe: 'Rebuild whenever a file in the corpus (or the templates) changes',
  builder: (y) =>
    withBuildOptions(y)
      .option('debounce', { type: 'number', default: 400, describe: 'Wait this many ms after the last change before rebuilding' })
      .example('$0 watch corpus --out out', 'Rebuild out/ as you edit articles in corpus/') as never,
  handler: async (args) => {
    const log = (line: string) => process.stdout.write(`${line}\n`);
    const opts = toBuildOptions(args, (l) => process.stderr.write(`${l}\n`));
    const runner = makeRunner(opts, log);
    await runner.once();
    let timer: NodeJS.Timeout | null = null;
    // Writing the brief into an output folder inside the corpus must not set off another build.
    const outInCorpus = relative(resolve(opts.corpus), resolve(opts.out));
    const kick = (_event: string, name: string | Buffer | null) => {
      const file = name ? String(name) : '';
      if (outInCorpus && !outInCorpus.startsWith('..') && (file === outInCorpus || file.startsWith(`${outInCorpus}${sep}`))) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void runner.once(), Math.max(0, args.debounce));
    };
    const watchers = [opts.corpus, ...(opts.templates ? [opts.templates] : [])].map((dir) => {
      try {
        return watch(dir, { recursive: true }, kick);
      } catch (e) {
        throw new AttacheError(dir, `cannot watch: ${(e as Error).message}`);
      }
    });
    log(`watching ${opts.corpus} (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        for (const w of watchers) w.close();
        if (timer) clearTimeout(timer);
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
