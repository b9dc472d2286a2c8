/** Where a line stands among the article's non-empty body lines; some furniture is only furniture at the edges. */
export interface LineContext {
  /** 0 for the first body line (in plain text, usually the headline). */
  index: number;
  /** 0 for the last line of article text; trailing page furniture (newsletter prompts, copyright) is not counted. */
  fromEnd: number;
  /** The previous non-empty line, or null at the top. */
  prev: string | null;
}

/** A boilerplate rule: one kind of line that is page furniture, not article text. */
export interface NoiseRule {
  name: string;
  /** True when the whole (trimmed) line is noise; a line of unknown place is taken for one in the middle. */
  test(line: string, at?: LineContext): boolean;
}

/** A line in the middle of an article, far from both edges: rules that only apply at the edges stay quiet. */
export const MIDDLE: LineContext = { index: Number.POSITIVE_INFINITY, fromEnd: Number.POSITIVE_INFINITY, prev: null };
