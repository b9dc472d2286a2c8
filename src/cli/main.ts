import { readFileSync } from 'node:fs';
import { AttacheError } from '../errors.js';
import { EXIT } from './exit-codes.js';
import { unchangedFastPath } from './fast-path.js';
import { guardSignals } from './interrupt.js';
import { captureMachineZone } from './zone.js';

// `schedule` reads cron in the machine's zone, so that zone is kept before TZ is overridden:
// dates in prose are read in UTC whatever the machine's zone, so output does not depend on it.
captureMachineZone();
process.env.TZ = 'UTC';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  guardSignals();
  try {
    if (await unchangedFastPath(argv)) return EXIT.ok;
    if (await (await import('./direct-build.js')).directBuild(argv)) return EXIT.ok;
    const { default: yargs } = await import('yargs');
    const { commands } = await import('./commands/index.js');
    const { COMMAND_SPECS } = await import('./commands/specs.js');
    const { GLOBAL_OPTIONS } = await import('./commands/build-options.js');
    const { checkCommand, epilogue, usageError } = await import('./usage.js');
    const { describe, envVarsOf } = await import('./spec.js');
    const vocabulary = {
      commands: Object.fromEntries(COMMAND_SPECS.map((c) => [c.name, c.options])),
      missing: Object.fromEntries(COMMAND_SPECS.flatMap((c) => (c.missing ? [[c.name, c.missing]] : []))),
    };
    checkCommand(argv, vocabulary);
    const envVars = envVarsOf(...COMMAND_SPECS.map((c) => c.options));
    let cli = yargs(argv)
      .scriptName('attache')
      .locale('en')
      .usage('$0 <command> [options]\n\nTurns a folder of news articles about one diplomatic event into a brief (PDF, Markdown, JSON).');
    for (const c of commands) cli = cli.command(c);
    for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) {
      cli = cli.option(name, { type: spec.flag === 'boolean' ? 'boolean' : 'string', alias: spec.alias, describe: describe(spec) });
    }
    await cli
      .example('$0 build', 'Brief from ./corpus into ./out (PDF, Markdown and JSON)')
      .example('$0 build corpus --out /tmp/brief --date 2025-12-01', 'Reproducible brief as of a given date')
      .example('$0 build --help', 'All options of build')
      .example('$0 mail --to desk@example.org --eml out/brief.eml', 'Write the brief as an e-mail message')
      .demandCommand(1, `name a command: ${listed(Object.keys(vocabulary.commands).map((n) => n.split(' ')[0]!))} (attache --help lists them)`)
      .strict()
      .version(pkg.version)
      .help()
      .alias('h', 'help')
      .epilogue(epilogue(envVars))
      .wrap(Math.min(100, process.stdout.columns || 100))
      .fail((msg, err) => {
        if (err) throw err;
        throw usageError(msg, argv, vocabulary);
      })
      .parseAsync();
    return EXIT.ok;
  } catch (e) {
    if (e instanceof AttacheError) {
      process.stderr.write(`attache: ${e.line}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    process.stderr.write(`attache: unexpected error: ${err.message}${verbose ? `\n${err.stack}` : ' (run with --verbose for details)'}\n`);
    return EXIT.internal;
  }
}

/** "a, b or c". */
function listed(names: string[]): string {
  const unique = [...new Set(names)];
  return unique.length > 1 ? `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}` : (unique[0] ?? '');
}

process.exitCode = await main(process.argv.slice(2));
