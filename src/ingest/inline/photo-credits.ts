import type { Cut, InlineRule } from './types.js';

/**
 * Picture credits glued to a caption sentence: "(Photo: Jane Doe)", "(Agency Photo/Jane Doe)",
 * "(Agency Images)", "(Jane Doe/Agency)", and a wire caption's closing "AGENCY/Jane Doe". They are
 * recognised by shape, never by an agency's name, so new agencies need no new data.
 */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}`;
const PAREN = [
  String.raw`\((?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Pp]hotograph|[Cc]redit)\s*:\s*[^()]{1,80}\)`,
  String.raw`\((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:Photo|Images|Pictures)(?:\s*\/\s*[^()]{1,60})?\)`,
  String.raw`\(${NAME}\s*\/\s*\p{Lu}[\p{L}&'’ -]{1,30}\)`,
].join('|');
/** "… in the capital, June 12, 2026. Picture taken June 11. AGENCY/Jane Doe" at the end of a caption. */
const WIRE = String.raw`(?<=[.!?”"])\s+(?:Picture taken [^.]{1,40}\.\s+)?\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\/${NAME}$`;

const PAREN_CREDIT = new RegExp(PAREN, 'gu');
const WIRE_AT_END = new RegExp(WIRE, 'u');
const PAREN_AT_END = new RegExp(String.raw`(?:${PAREN})\s*$`, 'u');
/** A credit fits in this many characters; the end-anchored patterns only look at a line's tail, not all of it. */
const TAIL = 160;

/** A line that ends with a credit: a photo caption. */
export function endsWithCredit(line: string): boolean {
  const tail = line.slice(-TAIL);
  return (tail.includes(')') && PAREN_AT_END.test(tail)) || (tail.includes('/') && WIRE_AT_END.test(tail));
}

export const photoCredits: InlineRule = {
  name: 'photo-credits',
  cuts(text) {
    const cuts: Cut[] = [];
    if (text.includes('(')) {
      for (const m of text.matchAll(PAREN_CREDIT)) {
        // The space before the credit goes with it, or the text would read "shake hands .".
        let start = m.index;
        while (start > 0 && /\s/.test(text[start - 1]!)) start--;
        cuts.push([start, m.index + m[0].length]);
      }
    }
    if (text.includes('/')) {
      const from = Math.max(0, text.length - TAIL);
      const wire = WIRE_AT_END.exec(text.slice(from));
      if (wire) cuts.push([from + wire.index, text.length]);
    }
    return cuts;
  },
};
