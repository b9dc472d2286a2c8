// Dates in prose are read in UTC whatever the machine's zone, so output does not depend on it.
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import { AttacheError } from '../errors.js';
import { unchangedFastPath } from './fast-path.js';
import { guardSignals } from './interrupt.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  guardSignals();
  try {
    if (await unchangedFastPath(argv)) return 0;
    const { default: yargs } = await import('yargs');
    const { commands } = await import('./commands/index.js');
    let cli = yargs(argv)
      .scriptName('attache')
      .usage('$0 <command> [options]\n\nTurns a folder of news articles about one diplomatic event into a brief (PDF, Markdown, JSON).');
    for (const c of commands) cli = cli.command(c);
    await cli
      .example('$0 build', 'Brief from ./corpus into ./out (PDF, Markdown and JSON)')
      .example('$0 build corpus --out /tmp/brief --date 2025-12-01', 'Reproducible brief as of a given date')
      .example('$0 build --help', 'All options of build')
      .option('verbose', { type: 'boolean', default: false, describe: 'Print stack traces of unexpected errors' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print nothing but errors' })
      .example('$0 mail --to desk@example.org --eml out/brief.eml', 'Write the brief as an e-mail message')
      .demandCommand(1, 'Name a command: build, watch, schedule or mail')
      .strict()
      .version(pkg.version)
      .help()
      .alias('h', 'help')
      .wrap(Math.min(100, process.stdout.columns || 100))
      .fail((msg, err) => {
        if (err) throw err;
        throw new AttacheError(null, msg, 2);
      })
      .parseAsync();
    return 0;
  } catch (e) {
    if (e instanceof AttacheError) {
      process.stderr.write(`attache: ${e.line}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    process.stderr.write(`attache: unexpected error: ${err.message}${verbose ? `\n${err.stack}` : ' (run with --verbose for details)'}\n`);
    return 70;
  }
}

process.exitCode = await main(process.argv.slice(2));
