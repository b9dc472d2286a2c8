import { military, phraseSource } from '../data/index.js';
import { extractFrameworks } from './frameworks.js';
import { APPOSITION_END, isMarkWord, isProperAt, MARK, trimName } from './programme-names.js';

export interface ProgrammeMention {
  /** Merge key: designator letters and digits upper-cased ("SU30"), or the name lower-cased. */
  key: string;
  /** As written, normalised ("MiG-35s" → "MiG-35"; "Gale-class frigates"; "Skarvik Block II"). */
  form: string;
  start: number;
  end: number;
  kind: 'designator' | 'named' | 'framework';
  /** A weapon cue or defence context vouches for it here; unconfirmed mentions count only if confirmed elsewhere. */
  confirmed: boolean;
  /** The name as it may recur on its own elsewhere in the corpus ("Skarvik", "AUSNOR"); null for designators and classes. */
  bare: string | null;
  /** Capitalised by choice, not by position (see isProperAt), or an acronym: not a common word. */
  proper: boolean;
  /** The key of the same programme under its other name: an acronym's expansion, the expansion's acronym, or a designator's own name ("Kestrel" of "RA-12 Kestrel"). */
  also?: string;
}

const STRONG = phraseSource(military.strong);
const WEAK = phraseSource(military.weak);
const NOT_PREFIX = new Set(military.notDesignators.map((w) => w.toUpperCase()));
const NOT_AFTER = new RegExp(`^[\\s-]*(?:${phraseSource(military.notAfter)})\\b`, 'i');
// Word separators and word characters are disjoint here, so a run of dashes cannot backtrack.
const STRONG_AHEAD = new RegExp(`^(?:[\\s,]+[\\p{L}\\p{N}][\\p{L}\\p{N}-]*){0,4}?[\\s-]+(?:${STRONG})\\b`, 'iu');
const DEFENCE_CONTEXT = new RegExp(`\\b(?:${STRONG}|${phraseSource(military.defenceWords)})\\b`, 'i');
const DESIGNATOR = /(?<![\p{L}\p{N}\-/.])([A-Z][A-Za-z]{0,3})(-?)(\d{1,4})([A-Z]{0,2}|[A-Z][a-z]?)?(s)?(?:\s+([A-Z]{2,4}\b|[A-Z][a-z]{3,}(?=\s+(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}-]+))))?(?![\p{L}\p{N}]|-\d|\.\d)/gu;
// "Type 58 frigate": a word and a number apart, which only the listed prefixes make a designator.
const NUMBERED = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${phraseSource(military.numberedPrefixes)})\s(\d{1,4})([A-Z]?)(?![\p{L}\p{N}]|-\d|\.\d)`, 'gu');
const SLASHED = /(?<![\p{L}\p{N}])([A-Z]{2,5}\/[A-Z]{1,3})(?:\s+(NG|[A-Z]{2,3}))?(?![\p{L}\p{N}])/gu;
// "Skarvik anti-ship missiles", "the Brolga wheeled armoured vehicle": a description may stand between a name and a strong cue.
const MODIFIERS = String.raw`(?:(?:\p{Ll}+-[\p{Ll}-]+|${phraseSource(military.modifiers)})\s+){0,2}`;
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])((?:\p{Lu}[\p{L}’'\-]*\s+){0,2}\p{Lu}[\p{L}’'\-/]*?)(\s+${MARK})?(-class)?\s+(?:${MODIFIERS}(?:${STRONG})|(${WEAK}))\b`,
  'gu',
);
// "the Saetta, a long-range cruise missile that …": coverage often names a system and then says what it is.
const APPOSED = new RegExp(String.raw`(?<![\p{L}\p{N}-])((?:\p{Lu}[\p{L}’'\-]*\s+){0,2}\p{Lu}[\p{L}’'\-]*),\s+(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:${STRONG})\b`, 'gu');
// "Kongsvik missile maker": the weapon noun describes a company, not a named system.
const MAKER_AFTER = new RegExp(`^\\s+(?:${phraseSource(military.makerNouns)})\\b`, 'i');

/**
 * Defence programmes in one sentence: designators ("HQ-9B", "Su-35 SM", "Type 58"), named systems ("X missile",
 * "Y-class submarines", "Z, a cruise missile") and defence frameworks ("the AUSNOR pact").
 */
export function extractProgrammes(text: string): ProgrammeMention[] {
  const out: ProgrammeMention[] = [];
  const context = DEFENCE_CONTEXT.test(text);
  for (const m of text.matchAll(DESIGNATOR)) {
    const [whole, letters, hyphen, digits, variant = '', , suffix] = m;
    if (NOT_PREFIX.has(letters!.toUpperCase()) || NOT_PREFIX.has(`${letters}${hyphen}${digits}`.toUpperCase()) || isMarkWord(letters!)) continue;
    if (/^\d{4}$/.test(digits!) && /^(?:19|20)/.test(digits!)) continue;
    if (!/[A-Z]/.test(letters!.slice(0, 1)) || /^[A-Z][a-z]{2,}$/.test(letters!)) continue;
    const after = text.slice(m.index + whole!.length);
    if (NOT_AFTER.test(after) || NOT_AFTER.test(` ${suffix ?? ''}`)) continue;
    const base = `${letters}${hyphen}${digits}${variant}`;
    const named = suffix && !/^(?:And|The|In|On|At|For|To|With)$/.test(suffix);
    const form = named ? `${base} ${suffix}` : base;
    const confirmed = STRONG_AHEAD.test(after) || context;
    // "RA-12 Kestrel drone": the word after the designator is the system's own name, which coverage may use alone.
    const also = named && /^[A-Z][a-z]/.test(suffix) ? { also: suffix.toLowerCase() } : {};
    out.push({ key: `${letters}${digits}`.toUpperCase(), form, start: m.index, end: m.index + whole!.length, kind: 'designator', confirmed, bare: null, proper: true, ...also });
  }
  for (const m of text.matchAll(NUMBERED)) {
    const [whole, prefix, digits, variant] = m;
    if (/^(?:19|20)\d\d$/.test(digits!)) continue;
    const confirmed = STRONG_AHEAD.test(text.slice(m.index + whole!.length)) || context;
    out.push({ key: `${prefix!.toUpperCase()} ${digits}`, form: `${prefix} ${digits}${variant}`, start: m.index, end: m.index + whole!.length, kind: 'designator', confirmed, bare: null, proper: true });
  }
  for (const m of text.matchAll(SLASHED)) {
    const after = text.slice(m.index + m[0].length);
    if (!STRONG_AHEAD.test(after) && !context) continue;
    out.push({ key: m[1]!.replace('/', '').toUpperCase(), form: m[2] ? `${m[1]} ${m[2]}` : m[1]!, start: m.index, end: m.index + m[0].length, kind: 'designator', confirmed: true, bare: null, proper: true });
  }
  for (const m of text.matchAll(NAMED)) {
    const weak = m[4];
    if (weak && !context) continue;
    if (MAKER_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const trimmed = trimName(m[1]!);
    if (!trimmed) continue;
    const { name } = trimmed;
    const offset = m.index + trimmed.skipped;
    const mark = trimmed.mark ?? m[2]?.trim() ?? null;
    if (out.some((o) => o.kind === 'designator' && o.start < offset + name.length && o.end > offset)) continue;
    if (/\d/.test(name) || name.length < 3) continue;
    // "K2 Black Panther tanks": a name right after a designator is the designator's own name.
    const before = out.find((o) => o.kind === 'designator' && /^\s+$/.test(text.slice(o.end, offset)));
    if (before) {
      before.form = `${before.form} ${name}`;
      before.end = offset + name.length;
      before.also = name.toLowerCase();
      continue;
    }
    const cls = m[3];
    const noun = cls ? m[0].slice(m[0].indexOf('-class') + 7).trim() : '';
    const form = cls ? `${name}-class ${noun}` : mark ? `${name} ${mark}` : name;
    const proper = isProperAt(text, offset);
    out.push({ key: name.toLowerCase(), form, start: offset, end: m.index + m[0].length, kind: 'named', confirmed: !weak || context, bare: cls ? null : name, proper });
  }
  // The apposition pattern tries every capitalised word; most sentences have no ", a" to try it on.
  for (const m of /,\s+(?:a|an|the)\s/.test(text) ? text.matchAll(APPOSED) : []) {
    if (!APPOSITION_END.test(text.slice(m.index + m[0].length))) continue;
    const trimmed = trimName(m[1]!);
    if (!trimmed || /\d/.test(trimmed.name) || trimmed.name.length < 3) continue;
    const offset = m.index + trimmed.skipped;
    if (out.some((o) => o.start < offset + trimmed.name.length && o.end > offset)) continue;
    const { name } = trimmed;
    out.push({ key: name.toLowerCase(), form: name, start: offset, end: offset + name.length, kind: 'named', confirmed: true, bare: name, proper: isProperAt(text, offset) });
  }
  for (const f of extractFrameworks(text, context)) if (!out.some((o) => o.start < f.end && o.end > f.start)) out.push(f);
  return out.sort((a, b) => a.start - b.start);
}
