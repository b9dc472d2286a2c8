/** A span [start, end) of a line to cut out; what lies around it is kept verbatim. */
export type Cut = readonly [number, number];

/** Furniture that sits inside a line of article text rather than filling a line of its own. */
export interface InlineRule {
  name: string;
  /** Spans of `text` (one line) that are furniture; may overlap, need not be sorted. */
  cuts(text: string): Cut[];
}
