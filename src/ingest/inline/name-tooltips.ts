import type { Cut, InlineRule } from './types.js';

/**
 * Some pages link every politician's name to a profile card, and the scraped text keeps the card:
 * "Senator Jane Roe Jane Alice RoeFirst related headline Second related headline MORE (R-Vel.) said"
 * — the display name, the full legal name (nicknames in brackets), the last name glued to a run of
 * related headlines, and the word MORE. Left in, the legal name fuses with the display name into a
 * person that does not exist ("Jane Roe Jane"). The card is cut from the end of the display name
 * through MORE, so the text reads "Senator Jane Roe (R-Vel.) said".
 */

const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NICK = String.raw`\(\p{Lu}[\p{L}'’. -]*\)`;
const PARTICLE = String.raw`(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|ibn|al)`;
/**
 * At a capitalised word (the display name's last name): up to six legal-name words, then that same
 * last name again, either glued to the first headline (the usual case) or followed by a space.
 */
const CARD = new RegExp(
  String.raw`(?<last>\p{Lu}[\p{L}'’-]+)(?<legal>(?:\s+(?:${WORD}|${NICK}|${PARTICLE})){1,6}?)\s+\k<last>(?:(?<glued>[\p{Lu}\p{N}'‘"“])|\s)`,
  'uy',
);
const CAPITAL = /(?<![\p{L}\p{N}'’-])\p{Lu}/gu;
const MORE = /(?<!\p{L})MORE(?!\p{L})/gu;
/** The same, for searching on from a place; kept apart because matchAll starts where the last search stopped. */
const MORE_AFTER = new RegExp(MORE.source, MORE.flags);
/** A last name glued to a headline's first capital or digit ("RoeFirst", "Roe2026"). */
const GLUE = /(?<=\p{Ll})[\p{Lu}\p{N}]/gu;
const WORD_BEFORE = /\p{Lu}[\p{L}'’-]+$/u;
const INSIDE_WORD = /[\p{L}\p{N}'’-]/u;
/** The related headlines of one card run to a few hundred characters; a MORE farther off is not its own. */
const MAX_CARD = 700;
/** A display name's last name and the legal name after it fit in this many characters. */
const MAX_NAMES = 160;

interface Candidate {
  start: number;
  /** Where the repeated last name ends: the headlines begin here. */
  repeatEnd: number;
  glued: boolean;
  end: number;
}

/**
 * Where a card may begin: capitalised words shortly before a MORE, and earlier uses of a word that
 * is glued to a capital. Trying every capital of every line would cost more than all other rules.
 */
function startsOf(text: string): number[] {
  const starts = new Set<number>();
  for (const more of text.matchAll(MORE)) {
    const from = Math.max(0, more.index - MAX_CARD - MAX_NAMES);
    for (const cap of text.slice(from, more.index).matchAll(CAPITAL)) starts.add(from + cap.index);
  }
  for (const glue of text.matchAll(GLUE)) {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, glue.index - 40), glue.index))?.[0];
    if (!word) continue;
    const repeat = glue.index - word.length;
    let at = text.lastIndexOf(word, repeat - 1);
    while (at >= 0 && at >= repeat - MAX_NAMES) {
      starts.add(at);
      // lastIndexOf reads a negative start as 0: stop there, or it finds the same word for ever.
      if (at === 0) break;
      at = text.lastIndexOf(word, at - 1);
    }
  }
  return [...starts].filter((at) => at === 0 || !INSIDE_WORD.test(text[at - 1]!)).sort((a, b) => a - b);
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const at of startsOf(text)) {
    CARD.lastIndex = at;
    const m = CARD.exec(text);
    if (!m) continue;
    const start = at + m.groups!.last!.length;
    const glue = m.groups!.glued;
    const repeatEnd = at + m[0].length - 1;
    MORE_AFTER.lastIndex = repeatEnd;
    const more = MORE_AFTER.exec(text);
    let end: number | null = null;
    if (more && more.index - repeatEnd <= MAX_CARD) end = more.index + more[0].length;
    // A card cut short by the scraper has no MORE and runs to the end of the paragraph; only a
    // last name glued to a capital or a digit is distinctive enough to cut without one.
    else if (glue && /[\p{Lu}\p{N}]/u.test(glue) && text.length - repeatEnd <= MAX_CARD) end = text.length;
    if (end !== null) found.push({ start, repeatEnd, glued: glue !== undefined, end });
  }
  return found;
}

/**
 * A card needs a MORE or a glued last name. Looking for those first, with a plain Latin class that
 * runs ten times faster than the Unicode one, passes over nearly every line of real text at once.
 */
const CUE = /MORE|[a-z\u00df-\u00ff][A-Z0-9\u00c0-\u00de]/;

export const nameTooltips: InlineRule = {
  name: 'name-tooltips',
  cuts(text) {
    if (!CUE.test(text)) return [];
    // Several capitalised words can look like the start of one card ("Jane Roe Jane Alice Roe":
    // "Jane … Jane" as well as "Roe … Roe"). For each end, a glued repetition wins, the first one
    // (a later one would sit in the headlines); without glue, the last repetition before the
    // headlines is the last name ("Roe"), an earlier one a first name ("Jane").
    const best = new Map<number, Candidate>();
    for (const c of candidates(text)) {
      const b = best.get(c.end);
      const better = !b || (c.glued && !b.glued) || (!c.glued && !b.glued && c.repeatEnd > b.repeatEnd);
      if (better) best.set(c.end, c);
    }
    const cuts: Cut[] = [];
    let after = 0;
    for (const c of [...best.values()].sort((a, b) => a.start - b.start)) {
      if (c.start < after) continue;
      cuts.push([c.start, c.end]);
      after = c.end;
    }
    return cuts;
  },
};
