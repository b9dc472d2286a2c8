/** A boilerplate rule: one kind of line that is page furniture, not article text. */
export interface NoiseRule {
  name: string;
  /** True when the whole (trimmed) line is noise. */
  test(line: string): boolean;
}
