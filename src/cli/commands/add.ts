import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { EXIT } from '../exit-codes.js';
import { optionsFor } from '../resolve.js';
import { envVarsOf, withOptions } from '../spec.js';
import { epilogue } from '../usage.js';
import { ADD_COMMAND, ADD_OPTIONS } from './intake-options.js';

export const addCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'add <urls..>',
  describe: 'Fetch web pages and save each article into the corpus as Markdown with front matter',
  builder: (y) =>
    // The addresses are what is fetched, not options: parseWebUrl checks them, with its own wording.
    withOptions(y.positional('urls', { type: 'string', array: true, describe: 'http(s) addresses of article pages' }), ADD_OPTIONS)
      .epilogue(epilogue(envVarsOf(ADD_OPTIONS)))
      .example('$0 add https://news.example/2027/04/14/visit', 'Save one article into ./corpus')
      .example('$0 add URL1 URL2 --corpus news/', 'Several pages; each is reported, exit 1 if any failed'),
  handler: async (args) => {
    const opts = optionsFor(ADD_COMMAND, args);
    const { parseWebUrl, addPages, intakeContext } = await import('../../intake/index.js');
    // Every address is checked before anything is fetched: a typo or a file: URL fails fast (exit 2).
    const urls = [args.urls].flat().map((u) => parseWebUrl(String(u)));
    const ctx = intakeContext(opts);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const single = urls.length === 1;
    const outcomes = await addPages(urls, ctx, (o) => {
      // A single URL's failure is the command's own error line, printed once below.
      if (o.status === 'failed' && !single) process.stderr.write(`attache: ${o.line}\n`);
      else if (o.status !== 'failed' && !opts.quiet) out(`${o.status}: ${join(opts.corpus, o.file)} (${o.title})`);
    });
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (single && failed[0]?.status === 'failed') throw new AttacheError(null, failed[0].line, EXIT.failed);
    if (failed.length) throw new AttacheError(null, `${failed.length} of ${urls.length} pages could not be added`, EXIT.failed);
  },
};
