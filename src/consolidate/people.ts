import type { Annotated } from '../extract/index.js';
import { surnameOf } from '../extract/people.js';
import type { PersonEntry } from '../model/schema.js';

const ROYAL = new Set(['King', 'Queen', 'Emperor', 'Empress', 'Emir', 'Sultan', 'Crown Prince', 'Prince', 'Princess', 'Grand Duke']);

export interface PersonRecord extends PersonEntry {
  surname: string;
  /** Sentence ids where the person is named. */
  sentences: Set<string>;
}

/**
 * Merges titled mentions into people: same full name → one person; a bare surname ("PM Rao",
 * "Kwon said") joins the full name it shortens. Role and country are the most frequent given.
 */
export function mergePeople(annotated: readonly Annotated[]): PersonRecord[] {
  const byName = new Map<string, { roles: Map<string, number>; countries: Map<string, number>; sources: Set<string>; sentences: Set<string>; mentions: number }>();
  const singles: { name: string; role: string | null; country: string | null; a: Annotated }[] = [];
  for (const a of annotated) {
    for (const p of a.people) {
      if (!p.name.includes(' ')) {
        singles.push({ name: p.name, role: p.role, country: p.country, a });
        continue;
      }
      let rec = byName.get(p.name);
      if (!rec) byName.set(p.name, (rec = { roles: new Map(), countries: new Map(), sources: new Set(), sentences: new Set(), mentions: 0 }));
      if (p.role) rec.roles.set(p.role, (rec.roles.get(p.role) ?? 0) + 1);
      if (p.country) rec.countries.set(p.country, (rec.countries.get(p.country) ?? 0) + 1);
      rec.sources.add(a.sentence.source);
      rec.sentences.add(a.sentence.id);
      rec.mentions++;
    }
  }
  const surnames = new Map<string, string>();
  for (const name of [...byName.keys()].sort()) {
    const s = surnameOf(name);
    surnames.set(s, surnames.has(s) && surnames.get(s) !== name ? '' : name);
  }
  for (const s of singles) {
    const full = surnames.get(s.name);
    // Monarchs go by one name ("Emperor Akihiro", "King Harald").
    if (!full && s.role && ROYAL.has(s.role)) {
      let rec = byName.get(s.name);
      if (!rec) byName.set(s.name, (rec = { roles: new Map(), countries: new Map(), sources: new Set(), sentences: new Set(), mentions: 0 }));
      rec.roles.set(s.role, (rec.roles.get(s.role) ?? 0) + 1);
      if (s.country) rec.countries.set(s.country, (rec.countries.get(s.country) ?? 0) + 1);
      rec.sources.add(s.a.sentence.source);
      if (!rec.sentences.has(s.a.sentence.id)) rec.mentions++;
      rec.sentences.add(s.a.sentence.id);
      continue;
    }
    if (!full) continue;
    const rec = byName.get(full)!;
    if (s.country) rec.countries.set(s.country, (rec.countries.get(s.country) ?? 0) + 1);
    if (s.role && !rec.roles.size) rec.roles.set(s.role, 1);
    rec.sources.add(s.a.sentence.source);
    if (!rec.sentences.has(s.a.sentence.id)) rec.mentions++;
    rec.sentences.add(s.a.sentence.id);
  }
  // Bare surname mentions anywhere ("Rao and Volkov", "Kwon said") count too.
  const surnameRe = [...surnames].filter(([s, full]) => full && s.length > 2).map(([s, full]) => ({ full, re: new RegExp(`(?<![\\p{L}])${s}(?![\\p{L}])`, 'u') }));
  for (const a of annotated) {
    for (const { full, re } of surnameRe) {
      if (re.test(a.sentence.text)) {
        const rec = byName.get(full)!;
        if (!rec.sentences.has(a.sentence.id)) rec.mentions++;
        rec.sentences.add(a.sentence.id);
        rec.sources.add(a.sentence.source);
      }
    }
  }
  const out: PersonRecord[] = [];
  for (const [name, rec] of byName) {
    out.push({
      name,
      role: top(rec.roles),
      country: top(rec.countries),
      sources: sortIds(rec.sources),
      mentions: rec.mentions,
      surname: surnameOf(name),
      sentences: rec.sentences,
    });
  }
  return out.sort((a, b) => b.mentions! - a.mentions! || a.name.localeCompare(b.name));
}

function top(m: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [k, n] of [...m].sort((a, b) => a[0].localeCompare(b[0]))) if (best === null || n > m.get(best)!) best = k;
  return best;
}

export function sortIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}
