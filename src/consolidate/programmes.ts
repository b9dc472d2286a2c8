import type { Annotated } from '../extract/index.js';
import type { Programme } from '../model/schema.js';
import { byCorroboration, groupClaims, isStatement, toClaim } from './claims.js';
import { sortIds } from './people.js';

export interface ProgrammeResult {
  programmes: Programme[];
  /** Sentence ids that became programme facts, so sections do not list them again. */
  used: Set<string>;
}

/**
 * Merges programme mentions by key into programmes with aliases. A key counts when some mention is
 * vouched for by a weapon cue; a name that the corpus also writes in lower case is a common word.
 */
export function consolidateProgrammes(annotated: readonly Annotated[], corpusText: string, personWords: ReadonlySet<string>): ProgrammeResult {
  const keys = new Map<string, { forms: Map<string, number>; confirmed: boolean; sentences: Annotated[]; sources: Set<string>; first: number }>();
  let order = 0;
  for (const a of annotated) {
    for (const m of a.programmes) {
      let rec = keys.get(m.key);
      if (!rec) keys.set(m.key, (rec = { forms: new Map(), confirmed: false, sentences: [], sources: new Set(), first: order++ }));
      rec.forms.set(m.form, (rec.forms.get(m.form) ?? 0) + 1);
      rec.confirmed ||= m.confirmed;
      if (rec.sentences[rec.sentences.length - 1] !== a) rec.sentences.push(a);
      rec.sources.add(a.sentence.source);
    }
  }
  const lower = new Set(corpusText.match(/(?<![\p{L}])\p{Ll}[\p{L}-]*/gu) ?? []);
  const used = new Set<string>();
  const programmes: (Programme & { first: number; mentions: number })[] = [];
  for (const [key, rec] of keys) {
    if (!rec.confirmed) continue;
    const forms = [...rec.forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]));
    const name = forms[0]![0];
    const head = name.split(/[\s-]/)[0]!;
    if (!/\d/.test(key) && (lower.has(head.toLowerCase()) || personWords.has(head))) continue;
    const facts = groupClaims(rec.sentences.filter(isStatement)).sort(byCorroboration);
    for (const s of rec.sentences) used.add(s.sentence.id);
    programmes.push({
      name,
      aliases: forms.slice(1).map(([f]) => f),
      facts: facts.map(toClaim),
      sources: sortIds(rec.sources),
      first: rec.first,
      mentions: rec.sentences.length,
    });
  }
  programmes.sort((a, b) => b.sources.length - a.sources.length || b.mentions - a.mentions || a.first - b.first);
  return { programmes: programmes.map(({ first: _f, mentions: _m, ...p }) => p), used };
}
