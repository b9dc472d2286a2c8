import type { MultiBar, SingleBar } from 'cli-progress';

export interface Progress {
  /** `done` of `total` units of a stage are finished. */
  update(stage: string, done: number, total: number): void;
  stop(): void;
}

export const silent: Progress = { update: () => undefined, stop: () => undefined };

/**
 * Progress bars on stderr, one per stage, for runs that last: nothing shows before `delayMs`,
 * nothing at all when stderr is not a terminal (CI, pipes, cron) or with --quiet.
 */
export async function progressFor(stream: NodeJS.WriteStream, quiet: boolean, delayMs = 1000): Promise<Progress> {
  if (quiet || !stream.isTTY) return silent;
  const { MultiBar, Presets } = await import('cli-progress');
  const started = Date.now();
  let multi: MultiBar | null = null;
  const bars = new Map<string, SingleBar>();
  const latest = new Map<string, [number, number]>();
  return {
    update(stage, done, total) {
      latest.set(stage, [done, total]);
      if (!multi && Date.now() - started < delayMs) return;
      if (!multi) {
        multi = new MultiBar({ stream, format: ' {stage} {bar} {value}/{total}', hideCursor: true, clearOnComplete: false, barsize: 30, noTTYOutput: false }, Presets.shades_classic);
        for (const [s, [d, t]] of latest) bars.set(s, multi.create(Math.max(1, t), d, { stage: s.padEnd(12) }));
      }
      let bar = bars.get(stage);
      if (!bar) bars.set(stage, (bar = multi.create(Math.max(1, total), done, { stage: stage.padEnd(12) })));
      bar.setTotal(Math.max(1, total));
      bar.update(done, { stage: stage.padEnd(12) });
    },
    stop() {
      multi?.stop();
    },
  };
}
