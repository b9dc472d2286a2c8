import type { Annotated } from '../../extract/index.js';
import type { Span } from '../../model/schema.js';
import type { SentenceIndex } from './support.js';

/** A sentence that opens by pointing back at something the reader has not seen. */
const LEANS = /^(?:["“‘'(]\s*)?(?:It|This|These|They|He|She|Such|That|Those|Its|Their|His|Her|Both|Them)\b/;
/** "…, it said." "…, it added.": the speaker is in the sentence before. */
const UNNAMED_SPEAKER = /[,.]?["”’]?\s*(?:it|he|she|they)\s+(?:said|added|noted|stated|says|adds|noted|wrote|warned)\s*\.?["”’]?$/i;
/** "The delivery of these systems began…": a demonstrative early on refers back too. */
const EARLY_DEMONSTRATIVE = /^(?:\S+\s+){0,5}(?:these|those|such)\s+\p{Ll}/u;
const MAX_WORDS = 80;
/** A sentence that is all quotation: whose words they are is in the sentence before, or nowhere. */
const BARE_QUOTE = /^["“]([^"“”]+)["”]$/;
/** The sentence before a bare quotation introduces its speaker: "Doe told reporters:", "Roe wrote on Monday." */
const INTRODUCES = /:\s*$|\b(?:said|says|told|added|wrote|writes|tweeted|posted|declared|stated|remarked|insisted|warned)\b[^.]*[.:]?\s*$/i;

export interface Standalone {
  text: string;
  spans: Span[];
  /** The sentences the text is made of, in reading order. */
  parts: Annotated[];
}

/** "This summit", "this visit": the event the whole brief is about, which every reader knows. */
const THE_EVENT = /^(?:["“‘'(]\s*)?(?:This|That)\s+(?:(?:state|official|working|historic|upcoming|latest|two-day|three-day)\s+)?(?:visit|summit|trip|tour|meeting|gathering)\b/;

/** True when a sentence cannot be read alone. */
export function leans(text: string): boolean {
  if (UNNAMED_SPEAKER.test(text)) return true;
  if (THE_EVENT.test(text)) return false;
  return LEANS.test(text) || EARLY_DEMONSTRATIVE.test(text);
}

/**
 * The sentence as an item a reader can take alone: itself, or joined with the sentence before it
 * when it points back ("These issues will be taken up…", "…, it said."), both verbatim and
 * adjacent. Null when the sentence before cannot carry it either. `join` joins it whatever its first
 * word: a sentence that continues about a programme without naming it.
 */
export function standalone(a: Annotated, index: SentenceIndex, join = false): Standalone | null {
  const parts = [a];
  // The sentence before must stand on its own: an item is at most two sentences a source wrote.
  const bare = BARE_QUOTE.test(a.sentence.text.trim());
  if (join || bare || leans(a.sentence.text)) {
    const prev = index.previous(a);
    if (!prev || prev.sentence.kind === 'heading' || leans(prev.sentence.text)) return null;
    if (bare && !INTRODUCES.test(prev.sentence.text)) return null;
    parts.unshift(prev);
  }
  const text = parts.map((p) => p.sentence.text).join(' ');
  if (parts.length > 1 && text.split(/\s+/).length > MAX_WORDS) return null;
  return { text, spans: parts.map(spanOf), parts };
}

function spanOf(a: Annotated): Span {
  return { source: a.sentence.source, start: a.sentence.start, end: a.sentence.end };
}
