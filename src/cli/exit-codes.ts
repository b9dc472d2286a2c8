/**
 * Every exit code the CLI uses, in one table: the code decides them, `--help` and the README print
 * them. The numbers follow BSD sysexits where one fits (64–78) and the shell's 128 + signal.
 */
export const EXIT = {
  ok: 0,
  /** A problem with a file, the corpus, a web page or feed, or the output folder; one line names it. */
  failed: 1,
  /** A bad option, environment variable or configuration value, or a URL that is not http(s); nothing was fetched, read or written. */
  usage: 2,
  /** The mail server could not be reached, refused the login or the message, or offered no encryption for a password. */
  unavailable: 69,
  /** A bug: an unexpected error. */
  internal: 70,
  /** Another build holds the output folder's lock. */
  busy: 75,
  interrupted: 130,
  terminated: 143,
} as const;

/** What each code means, as `--help` and the README's table print it (a test holds the two together). */
export const EXIT_CODES: readonly (readonly [number, string])[] = [
  [EXIT.ok, 'success; also "unchanged: …", and a watch or schedule stopped by Ctrl-C or SIGTERM between runs'],
  [EXIT.failed, 'a problem with a file, the corpus, a web page or feed, or the output folder (one line names it); add and feeds poll still save every article they can and name each one that failed'],
  [EXIT.usage, 'a bad command, option, environment variable or configuration value, or an address that is not http or https; nothing was fetched, read or written'],
  [EXIT.unavailable, 'mail: the mail was not sent: the server could not be reached, refused the login or the message, or offered no encryption for the password'],
  [EXIT.internal, 'an internal error, a bug (run with --verbose for the stack trace)'],
  [EXIT.busy, 'another build is writing the output folder; try again when it has finished'],
  [EXIT.interrupted, 'interrupted by Ctrl-C (SIGINT) during a build; the previous brief is untouched'],
  [EXIT.terminated, 'stopped by SIGTERM during a build; the previous brief is untouched'],
];
