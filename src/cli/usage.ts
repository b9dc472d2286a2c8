import { AttacheError } from '../errors.js';
import { CONFIG_FILE, PACKAGE_KEY } from './config.js';
import { EXIT, EXIT_CODES } from './exit-codes.js';
import type { OptionSpecs } from './spec.js';
import { closest } from './suggest.js';

/** What the command line may name: the commands ("feeds poll" for a command of commands), and each one's options. */
export interface Vocabulary {
  commands: Record<string, OptionSpecs>;
  /** What each command with required arguments says when they are missing. */
  missing?: Record<string, string>;
}

/** Global options that take a value: the word after them is that value, not the command. */
const VALUE_FLAGS = new Set(['--config', '-c']);
const GLOBAL_FLAGS = new Set(['--quiet', '-q', '--verbose', '-v', '--help', '-h', '--version']);

/** The first words of the command names: build, …, feeds. */
function topNames(vocabulary: Vocabulary): string[] {
  return [...new Set(Object.keys(vocabulary.commands).map((n) => n.split(' ')[0]!))];
}

/** The names under a command of commands ("add", "list", "poll" under "feeds"); none for a plain command. */
function subNames(vocabulary: Vocabulary, top: string): string[] {
  return Object.keys(vocabulary.commands).flatMap((n) => (n.startsWith(`${top} `) ? [n.slice(top.length + 1)] : []));
}

/** The index of the command's word in argv, past the global options before it; -1 when there is none. */
function commandWord(argv: readonly string[], from = 0): number {
  for (let i = from; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return -1;
    if (!a.startsWith('-')) return i;
    if (VALUE_FLAGS.has(a)) i++;
    else if (!GLOBAL_FLAGS.has(a) && !a.startsWith('--config=')) return -1; // yargs will say what is wrong
  }
  return -1;
}

/** The command argv runs, as the vocabulary names it ("build", "feeds poll"), or null. */
export function commandIn(argv: readonly string[], vocabulary: Vocabulary): string | null {
  const i = commandWord(argv);
  const top = i < 0 ? null : argv[i]!;
  if (top === null || !topNames(vocabulary).includes(top)) return null;
  const subs = subNames(vocabulary, top);
  if (!subs.length) return top;
  const j = commandWord(argv, i + 1);
  return j >= 0 && subs.includes(argv[j]!) ? `${top} ${argv[j]}` : top;
}

/** `attache biuld` → "unknown command "biuld"; did you mean build?", before yargs says less; `feeds lsit` too. */
export function checkCommand(argv: readonly string[], vocabulary: Vocabulary): void {
  const i = commandWord(argv);
  if (i < 0) return;
  const names = topNames(vocabulary);
  const top = argv[i]!;
  if (!names.includes(top)) {
    const near = closest(top, names);
    throw new AttacheError(null, `unknown command "${top}"; ${near ? `did you mean ${near}?` : `the commands are ${names.join(', ')}`}`, EXIT.usage);
  }
  const subs = subNames(vocabulary, top);
  const j = subs.length ? commandWord(argv, i + 1) : -1;
  if (j < 0 || subs.includes(argv[j]!)) return;
  const near = closest(argv[j]!, subs);
  throw new AttacheError(null, `unknown command "${top} ${argv[j]}"; ${near ? `did you mean ${top} ${near}?` : `the ${top} commands are ${subs.join(', ')}`}`, EXIT.usage);
}

/** yargs' own complaints as one line each, with "did you mean" for a misspelt option. */
export function usageError(message: string, argv: readonly string[], vocabulary: Vocabulary): AttacheError {
  const command = commandIn(argv, vocabulary);
  if (/^Not enough non-option arguments/.test(message.trim()) && command) {
    // `attache feeds`, `attache add`: yargs counts arguments; say which are missing.
    const subs = subNames(vocabulary, command);
    const line = subs.length ? `name a ${command} command: ${subs.join(', ')}` : `${command}: ${vocabulary.missing?.[command] ?? 'an argument is missing'}`;
    return new AttacheError(null, `${line}; see attache ${command} --help`, EXIT.usage);
  }
  const unknown = /^Unknown arguments?: (.+)$/.exec(message.trim());
  if (!unknown) return new AttacheError(null, message.replace(/\s*\n\s*/g, '; '), EXIT.usage);
  const specs = command ? (vocabulary.commands[command] ?? {}) : {};
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
