import { watch } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { stopWhenIdle } from '../interrupt.js';
import { checkFeedsFile, pollFeedsOnce } from '../polling.js';
import { makeRunner, stamp } from '../runner.js';
import { envVarsOf, withOptions } from '../spec.js';
import { epilogue } from '../usage.js';
import { optionsFor } from '../resolve.js';
import { WATCH_COMMAND, WATCH_OPTIONS } from './unattended-options.js';

export const watchCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'watch [corpus]',
  describe: 'Rebuild whenever a file in the corpus (or the templates) changes; with --feeds, poll the feeds into it every --poll-interval seconds',
  builder: (y) =>
    withOptions(y, WATCH_OPTIONS)
      .epilogue(epilogue(envVarsOf(WATCH_OPTIONS)))
      .example('$0 watch corpus --out out', 'Rebuild out/ as you edit articles in corpus/')
      .example('$0 watch --feeds feeds.json --match "prime minister lisbon" --poll-interval 600', 'Also poll the feeds every 10 minutes; new articles set off a rebuild'),
  handler: async (args) => {
    const opts = optionsFor(WATCH_COMMAND, args);
    const { feeds } = opts;
    const stdout = (line: string): void => void process.stdout.write(`${line}\n`);
    const stderr = (line: string): void => void process.stderr.write(`${line}\n`);
    const log = (line: string) => (opts.quiet ? undefined : stderr(line));
    const runner = makeRunner({ ...opts, log: stderr }, { result: stdout, error: stderr });

    // One poll at a time: one due while another runs is skipped, never overlapped.
    let polling: Promise<void> | null = null;
    const poll = () => {
      if (!feeds || polling) return polling;
      const at = stamp();
      polling = pollFeedsOnce(feeds, at, stderr)
        .then(
          (r) => stdout(`${at} ${r.summary}`),
          (e: unknown) => stderr(`${at} error: ${e instanceof AttacheError ? e.line : (e as Error).message}`),
        )
        .finally(() => {
          polling = null;
        });
      return polling;
    };

    // Between builds (the first poll included) a signal stops cleanly, once a poll in hand has
    // finished, so its state file records what it added.
    let stopped: NodeJS.Signals | null = null;
    let onStop = (): void => undefined;
    stopWhenIdle((signal) => {
      stopped = signal;
      if (polling) log(`stopping once the poll in hand has finished (${signal})`);
      onStop();
    });
    const farewell = async (signal: NodeJS.Signals) => {
      await polling;
      log(`stopped watching ${opts.corpus} (${signal})`);
    };

    if (feeds) {
      await checkFeedsFile(feeds);
      // The feeds fill the corpus: it may not exist yet, and the watcher needs a folder to watch.
      await mkdir(opts.corpus, { recursive: true });
      // What the feeds hold now goes into the first build; later polls set off the watcher.
      await poll();
    }
    if (stopped) return farewell(stopped);
    await runner.once();
    if (stopped) return farewell(stopped);

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
    const ticker = feeds ? setInterval(() => void poll(), opts.pollIntervalMs) : null;
    log(`watching ${opts.corpus}${feeds ? `, polling the feeds in ${feeds.feedsFile} every ${opts.pollIntervalMs / 1000} s` : ''} (Ctrl-C to stop)`);
    await new Promise<void>((done) => {
      onStop = () => {
        if (ticker) clearInterval(ticker);
        for (const w of watchers) w.close();
        if (timer) clearTimeout(timer);
        void farewell(stopped!).then(done);
      };
    });
  },
};
