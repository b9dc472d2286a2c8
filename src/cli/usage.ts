import { AttacheError } from '../errors.js';
import { CONFIG_FILE, PACKAGE_KEY } from './config.js';
import { EXIT, EXIT_CODES } from './exit-codes.js';
import type { OptionSpecs } from './spec.js';
import { closest } from './suggest.js';

/** What the command line may name: the commands, and each one's options (global ones included). */
export interface Vocabulary {
  commands: Record<string, OptionSpecs>;
}

/** Global options that take a value: the word after them is that value, not the command. */
const VALUE_FLAGS = new Set(['--config', '-c']);
const GLOBAL_FLAGS = new Set(['--quiet', '-q', '--verbose', '-v', '--help', '-h', '--version']);

/** `attache biuld` → "unknown command "biuld"; did you mean build?", before yargs says less. */
export function checkCommand(argv: readonly string[], vocabulary: Vocabulary): void {
  const names = Object.keys(vocabulary.commands);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return;
    if (a.startsWith('-')) {
      if (VALUE_FLAGS.has(a)) i++;
      else if (!GLOBAL_FLAGS.has(a) && !a.startsWith('--config=')) return; // yargs will say what is wrong
      continue;
    }
    if (names.includes(a)) return;
    const near = closest(a, names);
    throw new AttacheError(null, `unknown command "${a}"; ${near ? `did you mean ${near}?` : `the commands are ${names.join(', ')}`}`, EXIT.usage);
  }
}

/** yargs' own complaints as one line each, with "did you mean" for a misspelt option. */
export function usageError(message: string, argv: readonly string[], vocabulary: Vocabulary): AttacheError {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message.trim());
  if (!unknown) return new AttacheError(null, message.replace(/\s*\n\s*/g, '; '), EXIT.usage);
  const command = argv.find((a) => a in vocabulary.commands);
  const specs = command ? vocabulary.commands[command]! : {};
  const names = Object.entries(specs).filter(([, s]) => s.flag !== false && !s.positional).map(([n]) => n);
  for (const name of unknown[1]!.split(', ')) {
    const given = argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`) || a === `--no-${name}` || (name.length === 1 && /^-[^-]/.test(a) && a.includes(name)));
    if (given === undefined) continue;
    const dashes = name.length === 1 ? '-' : '--';
    const near = closest(name, names);
    const hint = near ? `did you mean --${near}?` : `see attache ${command ?? ''} --help`.replace(/ +--help/, ' --help');
    return new AttacheError(null, `unknown option ${dashes}${name}${command ? ` for ${command}` : ''}; ${hint}`, EXIT.usage);
  }
  const extra = unknown[1]!.split(', ')[0]!;
  return new AttacheError(null, `unexpected argument "${extra}"${command ? ` for ${command}` : ''}; see attache ${command ? `${command} ` : ''}--help`, EXIT.usage);
}

/** The end of --help: where options come from, and what the exit codes mean. */
export function epilogue(envVars: readonly string[]): string {
  const codes = EXIT_CODES.map(([code, meaning]) => `  ${String(code).padEnd(4)} ${meaning}`).join('\n');
  return [
    `Options are taken from the command line, then environment variables (${envVars.join(', ')}), then ${CONFIG_FILE} or the "${PACKAGE_KEY}" key of package.json (the nearest from the current folder upward, or --config FILE), then the defaults.`,
    `Exit codes:\n${codes}`,
  ].join('\n\n');
}
