import { military, phraseSource } from '../data/index.js';
import { isCountryForm } from './countries.js';

export interface ProgrammeMention {
  /** Merge key: designator letters and digits upper-cased ("SU30"), or the name lower-cased. */
  key: string;
  /** As written, normalised ("MiG-35s" → "MiG-35"; "Gale-class frigates"). */
  form: string;
  start: number;
  end: number;
  kind: 'designator' | 'named';
  /** A weapon cue or defence context vouches for it here; unconfirmed mentions count only if confirmed elsewhere. */
  confirmed: boolean;
}

const STRONG = phraseSource(military.strong);
const WEAK = phraseSource(military.weak);
const NOT_PREFIX = new Set(military.notDesignators.map((w) => w.toUpperCase()));
const NOT_AFTER = new RegExp(`^[\\s-]*(?:${phraseSource(military.notAfter)})\\b`, 'i');
// Word separators and word characters are disjoint here, so a run of dashes cannot backtrack.
const STRONG_AHEAD = new RegExp(`^(?:[\\s,]+[\\p{L}\\p{N}][\\p{L}\\p{N}-]*){0,4}?[\\s-]+(?:${STRONG})\\b`, 'iu');
const DEFENCE_CONTEXT = new RegExp(`\\b(?:${STRONG}|${phraseSource(military.defenceWords)})\\b`, 'i');
const DESIGNATOR = /(?<![\p{L}\p{N}\-/.])([A-Z][A-Za-z]{0,3})(-?)(\d{1,4})([A-Z]{0,2}|[A-Z][a-z]?)?(s)?(?:\s+([A-Z]{2,4}\b|[A-Z][a-z]{3,}(?=\s+(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}-]+))))?(?![\p{L}\p{N}]|-\d|\.\d)/gu;
const SLASHED = /(?<![\p{L}\p{N}])([A-Z]{2,5}\/[A-Z]{1,3})(?:\s+(NG|[A-Z]{2,3}))?(?![\p{L}\p{N}])/gu;
const NAMED = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}’'\-]*\s+){0,2}\p{Lu}[\p{L}’'\-/]*?)(-class)?\s+(?:(?:${STRONG})|(${WEAK}))\b`,
  'gu',
);
/** Capitalised words that are descriptions, not names. */
const GENERIC = new Set([
  'But', 'And', 'Or', 'So', 'Yet', 'While', 'As', 'When', 'If', 'With', 'Without', 'For', 'In', 'On', 'At', 'By', 'From', 'To', 'Of', 'After', 'Before', 'Since', 'Under', 'Over',
  'The', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'Our', 'These', 'Those', 'This', 'That', 'Both', 'Each', 'Other', 'Several', 'Many', 'Some', 'New', 'Joint', 'Air',
  'Naval', 'Navy', 'Army', 'Defence', 'Defense', 'Military', 'Fighter', 'Missile', 'Advanced', 'Additional', 'Existing', 'Modern', 'Light', 'Heavy', 'Main', 'Battle',
  'Combat', 'Nuclear', 'Ballistic', 'Cruise', 'Hypersonic', 'Stealth', 'Unmanned', 'Indigenous', 'Long-range', 'Short-range', 'Medium-range', 'Longer-range',
  'Next-generation', 'Fifth-generation', 'Fourth-generation', 'Surface-to-air', 'Anti-ship', 'Anti-tank', 'Submarine', 'Tank', 'Engine', 'Rifle', 'Assault', 'Transport',
  'Patrol', 'Attack', 'Multirole', 'Multi-role', 'Twin-engine', 'Single-engine', 'Self-propelled', 'Armoured', 'Armored', 'Programme', 'Program', 'Project', 'Projects',
  'Fleet', 'Upgrades', 'Upgrade', 'Spare', 'Maintenance', 'Protection', 'Long-term', 'Layered', 'Global', 'Regional', 'National', 'Strategic', 'Tactical', 'Operation',
  'State', 'Federal', 'Royal', 'Imperial', 'People’s', "People's", 'Liberation', 'Former', 'Current', 'Future', 'Second', 'Third', 'First', 'Last', 'Next', 'Local',
  'Foreign', 'Western', 'Eastern', 'Northern', 'Southern', 'Soviet-era', 'Soviet', 'Cold', 'War', 'President', 'Minister', 'Prime', 'General', 'Admiral',
  'Drone', 'Drones', 'Radar', 'Gun', 'Guns', 'Frigate', 'Destroyer', 'Corvette', 'Carrier', 'Helicopter', 'Jet', 'Jets', 'Bomber', 'Aircraft', 'Tanker', 'Interceptor',
  'Defensive', 'Offensive', 'Coastal', 'Ground', 'Surface', 'Sea', 'Land', 'Space', 'Cyber', 'Electronic', 'Precision', 'Guided', 'Smart', 'Rocket', 'Artillery',
]);

/** Defence programmes in one sentence: designators ("HQ-9B", "Su-35 SM") and named systems ("X missile", "Y-class submarines"). */
export function extractProgrammes(text: string): ProgrammeMention[] {
  const out: ProgrammeMention[] = [];
  const context = DEFENCE_CONTEXT.test(text);
  for (const m of text.matchAll(DESIGNATOR)) {
    const [whole, letters, hyphen, digits, variant = '', , suffix] = m;
    if (NOT_PREFIX.has(letters!.toUpperCase()) || NOT_PREFIX.has(`${letters}${hyphen}${digits}`.toUpperCase())) continue;
    if (/^\d{4}$/.test(digits!) && /^(?:19|20)/.test(digits!)) continue;
    if (!/[A-Z]/.test(letters!.slice(0, 1)) || /^[A-Z][a-z]{2,}$/.test(letters!)) continue;
    const after = text.slice(m.index + whole!.length);
    if (NOT_AFTER.test(after) || NOT_AFTER.test(` ${suffix ?? ''}`)) continue;
    const base = `${letters}${hyphen}${digits}${variant}`;
    const form = suffix && !/^(?:And|The|In|On|At|For|To|With)$/.test(suffix) ? `${base} ${suffix}` : base;
    const confirmed = STRONG_AHEAD.test(after) || context;
    out.push({ key: `${letters}${digits}`.toUpperCase(), form, start: m.index, end: m.index + whole!.length, kind: 'designator', confirmed });
  }
  for (const m of text.matchAll(SLASHED)) {
    const after = text.slice(m.index + m[0].length);
    if (!STRONG_AHEAD.test(after) && !context) continue;
    out.push({ key: m[1]!.replace('/', '').toUpperCase(), form: m[2] ? `${m[1]} ${m[2]}` : m[1]!, start: m.index, end: m.index + m[0].length, kind: 'designator', confirmed: true });
  }
  for (const m of text.matchAll(NAMED)) {
    const weak = m[3];
    if (weak && !context) continue;
    const tokens = m[1]!.split(/\s+/);
    let offset = m.index;
    while (tokens.length && isGeneric(tokens[0]!)) offset += tokens.shift()!.length + 1;
    if (!tokens.length || tokens.some(isGeneric)) continue;
    const name = tokens.join(' ');
    if (out.some((o) => o.kind === 'designator' && o.start < offset + name.length && o.end > offset)) continue;
    if (/\d/.test(name) || name.length < 3) continue;
    // "K2 Black Panther tanks": a name right after a designator is the designator's own name.
    const before = out.find((o) => o.kind === 'designator' && /^\s+$/.test(text.slice(o.end, offset)));
    if (before) {
      before.form = `${before.form} ${name}`;
      before.end = offset + name.length;
      continue;
    }
    const cls = m[2];
    const noun = cls ? m[0].slice(m[0].indexOf('-class') + 7).trim() : '';
    const form = cls ? `${name}-class ${noun}` : name;
    out.push({ key: name.toLowerCase(), form, start: offset, end: m.index + m[0].length, kind: 'named', confirmed: !weak || context });
  }
  return out.sort((a, b) => a.start - b.start);
}

function isGeneric(token: string): boolean {
  if (GENERIC.has(token)) return true;
  if (isCountryForm(token.replace(/['’]s$/, ''))) return true;
  // Compounds of country forms ("Sino-Brazilian", "Franco-German") or a country and a suffix ("Korean-made").
  const parts = token.split('-');
  if (parts.length > 1 && isCountryForm(parts[0]!)) return true;
  return false;
}
