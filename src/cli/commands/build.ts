import type { CommandModule } from 'yargs';
import { build } from '../build.js';
import { progressFor } from '../progress.js';
import { withBuildOptions, toBuildOptions, type BuildArgs } from './build-options.js';

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build [corpus]',
  describe: 'Build out/brief.pdf, brief.md and brief.json from a corpus folder',
  builder: (y) =>
    withBuildOptions(y)
      .example('$0 build', 'Brief from ./corpus into ./out')
      .example('$0 build corpus --out /tmp/brief --date 2025-12-01', 'Reproducible brief as of a given date')
      .example('$0 build news/ --format md,json --title "Summit brief"', 'Markdown and JSON only, with a title')
      .example('$0 build --if-changed --date 2025-12-01', 'From cron: rebuild only when an article, option or template changed') as never,
  handler: async (args) => {
    const started = performance.now();
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const progress = await progressFor(process.stderr, Boolean(args.quiet));
    let result;
    try {
      result = await build({ ...toBuildOptions(args, log), progress });
    } finally {
      progress.stop();
    }
    if (result.status === 'unchanged') {
      process.stdout.write(`unchanged: ${result.out}\n`);
      return;
    }
    if (!args.quiet) {
      const ms = Math.round(performance.now() - started);
      log(`wrote ${result.written.join(', ')} from ${result.brief.sources.length} sources in ${ms} ms`);
    }
  },
};
