import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { envVarsOf, withOptions } from '../spec.js';
import { epilogue } from '../usage.js';
import { MAIL_COMMAND, MAIL_OPTIONS } from './mail-options.js';
import { optionsFor } from '../resolve.js';

export const mailCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'mail',
  describe: 'Mail the brief: key points, key facts, overview and discrepancies as text and HTML, the built files attached',
  builder: (y) =>
    withOptions(y, MAIL_OPTIONS)
      .epilogue(epilogue(envVarsOf(MAIL_OPTIONS)))
      .example('$0 mail --to desk@example.org --eml /tmp/brief.eml', 'Write the message to a file')
      .example('ATTACHE_SMTP_PASSWORD=… $0 mail --to a@example.org,b@example.org --smtp smtps://me@mail.example.org', 'Send it'),
  handler: async (args) => {
    // Every option, the server URL and the password included, is checked before any work.
    const opts = optionsFor(MAIL_COMMAND, args);
    const { readBuiltBrief } = await import('../../mail/read.js');
    // Without --pdf or --no-pdf, the PDF goes along when the build wrote one.
    const pdfPath = join(opts.out, 'brief.pdf');
    if (opts.pdf === true && !existsSync(pdfPath)) throw new AttacheError(pdfPath, 'not found; build with --format pdf, or mail without --pdf');
    const pdf = opts.pdf ?? existsSync(pdfPath);
    const built = await readBuiltBrief(opts.out, { pdf });
    const { composeMail } = await import('../../mail/compose.js');
    const mail = await composeMail({ ...built, from: opts.from, to: opts.to, subject: opts.subject });
    if (opts.target.kind === 'eml') {
      const { writeEml } = await import('../../mail/eml.js');
      await writeEml(opts.target.path, mail.raw);
      process.stdout.write(`wrote ${opts.target.path}: "${mail.subject}" for ${mail.envelope.to.join(', ')} (${mail.raw.length} bytes)\n`);
    } else {
      const { sendSmtp } = await import('../../mail/send.js');
      const { smtp, allowInsecureAuth } = opts.target;
      const result = await sendSmtp(smtp, mail, { allowInsecureAuth });
      process.stdout.write(`sent "${mail.subject}" to ${result.accepted.join(', ')} via ${smtp.display}\n`);
    }
  },
};
