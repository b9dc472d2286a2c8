import type { CommandModule } from 'yargs';
import { runBuild } from '../run-build.js';
import { envVarsOf, withOptions } from '../spec.js';
import { epilogue } from '../usage.js';
import { BUILD_COMMAND, BUILD_OPTIONS } from './build-options.js';
import { optionsFor } from '../resolve.js';

export const buildCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'build [corpus]',
  describe: 'Build out/brief.pdf, brief.md and brief.json from a corpus folder',
  builder: (y) =>
    withOptions(y, BUILD_OPTIONS)
      .epilogue(epilogue(envVarsOf(BUILD_OPTIONS)))
      .example('$0 build', 'Brief from ./corpus into ./out')
      .example('$0 build corpus --out /tmp/brief --date 2025-12-01', 'Reproducible brief as of a given date')
      .example('$0 build news/ -f md,json --title "Summit brief"', 'Markdown and JSON only, with a title')
      .example('$0 build --if-changed --date 2025-12-01', 'From cron: rebuild only when an article, option or template changed'),
  handler: async (args) => {
    await runBuild(optionsFor(BUILD_COMMAND, args));
  },
};
