import { titleRank } from '../../data/index.js';
import type { PersonRecord } from '../people.js';
import { personPattern, type EventContext } from './context.js';

/** Sentences this far into an article are its lead. */
const LEAD = 3;

export interface Standing {
  person: PersonRecord;
  score: number;
  /** Sources whose headline names the person. */
  headlines: number;
  /** Sources whose lead names the person. */
  leads: number;
  /** Sources that name the person at all. */
  sources: number;
  /** A head of state or government (or a leader, a pontiff) now, not formerly. */
  leader: boolean;
}


/**
 * How central each person is to the corpus: named in headlines and leads of many independent
 * sources, not merely often. A passing or historical figure is named in one article's background.
 */
export function standings(ctx: EventContext): Standing[] {
  const leadIds = new Set(ctx.annotated.filter((a) => a.sentence.index < LEAD && ctx.counts(a.sentence.source)).map((a) => a.sentence.id));
  const titled = ctx.articles.filter((a) => ctx.counts(a.id));
  const out: Standing[] = [];
  for (const p of ctx.people) {
    const sources = p.sources.filter((s) => ctx.counts(s)).length;
    if (!sources) continue;
    const re = personPattern(p, ctx.lower);
    // Only a headline holding the name or the short name can match: most are ruled out without the pattern.
    const headlines = titled.filter((a) => (a.title.includes(p.name) || a.title.includes(p.surname)) && re.test(a.title)).length;
    const leads = new Set([...p.sentences].filter((id) => leadIds.has(id)).map((id) => id.slice(0, id.indexOf('#')))).size;
    const mentions = [...p.sentences].filter((id) => ctx.counts(id.slice(0, id.indexOf('#')))).length;
    const score = 3 * headlines + 1.5 * leads + sources + Math.log2(1 + mentions) / 2;
    const leader = titleRank(p.role) <= 2 && p.former * 2 < Math.max(1, p.titled);
    out.push({ person: p, score, headlines, leads, sources, leader });
  }
  return out.sort((a, b) => b.score - a.score || (a.person.name < b.person.name ? -1 : 1));
}
