/** A problem the user can fix: the CLI prints `file: message` on one line and exits non-zero. */
export class AttacheError extends Error {
  readonly file: string | null;
  readonly exitCode: number;
  constructor(file: string | null, message: string, exitCode = 1) {
    super(message);
    this.name = 'AttacheError';
    this.file = file;
    this.exitCode = exitCode;
  }
  /** The one line a person reads. */
  get line(): string {
    return this.file ? `${this.file}: ${this.message}` : this.message;
  }
}
