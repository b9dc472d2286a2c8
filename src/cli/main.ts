// Dates in prose are read in UTC whatever the machine's zone, so output does not depend on it.
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { AttacheError } from '../errors.js';
import { build } from './build.js';
import { parseDate, parseFormats, today } from './options.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export async function main(argv: string[]): Promise<number> {
  let verbose = argv.includes('--verbose');
  try {
    await yargs(argv)
      .scriptName('attache')
      .usage('$0 <command> [options]\n\nTurns a folder of news articles about one diplomatic event into a brief (PDF, Markdown, JSON).')
      .command(
        'build [corpus]',
        'Build out/brief.pdf, brief.md and brief.json from a corpus folder',
        (y) =>
          y
            .positional('corpus', { type: 'string', default: 'corpus', describe: 'Folder of .txt, .md and .html articles' })
            .option('out', { type: 'string', default: 'out', describe: 'Output folder' })
            .option('format', { type: 'string', default: 'pdf,md,json', describe: 'Formats to write: any of pdf, md, json' })
            .option('date', { type: 'string', describe: 'The brief\'s "as of" date, YYYY-MM-DD (default: today); also the PDF\'s creation date' })
            .option('title', { type: 'string', describe: 'Title of the brief (default: made from the event)' })
            .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: 'PDF paper size' })
            .option('marking', { type: 'string', describe: 'Marking line printed on every page, e.g. "UNCLASSIFIED — FOR BRIEFING USE"' })
            .option('templates', { type: 'string', describe: 'Folder whose brief.md.hbs and partials/ override the built-in Markdown templates' })
            .option('max-file-size', { type: 'number', default: 10, describe: 'Skip (with a warning) files larger than this many MB' })
            .example('$0 build', 'Brief from ./corpus into ./out')
            .example('$0 build corpus --out /tmp/brief --date 2025-12-01', 'Reproducible brief as of a given date')
            .example('$0 build news/ --format md,json --title "Summit brief"', 'Markdown and JSON only, with a title'),
        async (args) => {
          const started = performance.now();
          const result = await build({
            corpus: args.corpus,
            out: args.out,
            formats: parseFormats(args.format),
            asOf: args.date === undefined ? today() : parseDate(args.date),
            title: args.title ?? null,
            paper: args.paper === 'letter' ? 'LETTER' : 'A4',
            marking: args.marking ?? null,
            templates: args.templates ?? null,
            maxFileBytes: Math.round(args['max-file-size'] * 1024 * 1024),
            log: (line) => process.stderr.write(`${line}\n`),
          });
          if (!args.quiet) {
            const ms = Math.round(performance.now() - started);
            process.stderr.write(`wrote ${result.written.join(', ')} from ${result.brief.sources.length} sources in ${ms} ms\n`);
          }
        },
      )
      .example('$0 build', 'Brief from ./corpus into ./out (PDF, Markdown and JSON)')
      .example('$0 build corpus --out /tmp/brief --date 2025-12-01', 'Reproducible brief as of a given date')
      .example('$0 build --help', 'All options of build')
      .option('verbose', { type: 'boolean', default: false, describe: 'Print stack traces of unexpected errors' })
      .option('quiet', { type: 'boolean', default: false, describe: 'Print nothing but errors' })
      .demandCommand(1, 'Name a command: build')
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

process.exitCode = await main(hideBin(process.argv));
