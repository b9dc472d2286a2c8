import type { Annotated, SectionName } from '../extract/index.js';
import { bestSection } from '../extract/sections.js';
import { referenceDate, type Article } from '../model/pipeline.js';
import type { Claim, Discrepancy, Event, PersonEntry, Programme, TimelineEntry } from '../model/schema.js';
import { byCorroboration, groupClaims, isStatement, toClaim } from './claims.js';
import { consolidateEvent } from './event.js';
import { chooseOverview } from './overview.js';
import { mergePeople } from './people.js';
import { consolidateProgrammes } from './programmes.js';
import { buildContext, findDiscrepancies } from './discrepancies/index.js';
import { wordSet } from './text.js';
import { buildTimeline } from './timeline.js';

export { markDuplicates } from './duplicates.js';

export interface Consolidated {
  event: Event;
  people: PersonEntry[];
  overview: Claim[];
  agenda: Claim[];
  energyTrade: Claim[];
  geopolitics: Claim[];
  defenceProgrammes: Programme[];
  timeline: TimelineEntry[];
  discrepancies: Discrepancy[];
  /** Sources about something else, by id, with the reason. */
  strays: Map<string, string>;
  /** The brief's title when the user gives none. */
  title: string;
}

/**
 * Everything read from independent articles merged into the brief's content. `annotated` holds
 * the sentences of articles that are not copies of another: a republished story counts once.
 */
export function consolidate(articles: readonly Article[], all: readonly Annotated[], fallbackDate: string): Consolidated {
  const everyone = mergePeople(all);
  const { event, inferred, strays, title } = consolidateEvent(all, everyone, articles);
  // An article about something else is listed with its reason and read for nothing else.
  const annotated = strays.size ? all.filter((a) => !strays.has(a.sentence.source)) : all;
  const people = strays.size ? mergePeople(annotated) : everyone;
  for (const p of people) if (!p.country && inferred.has(p.name)) p.country = inferred.get(p.name)!;
  for (const p of people) {
    const known = everyone.find((q) => q.name === p.name);
    if (!p.country && known?.country) p.country = known.country;
  }

  const personWords = new Set(people.flatMap((p) => p.name.split(/\s+/)));
  const corpusText = articles.map((a) => a.text).join('\n');
  const { programmes, used } = consolidateProgrammes(annotated, corpusText, personWords);

  const statements = annotated.filter((a) => isStatement(a));
  const groups = groupClaims(statements);
  const eventWords = wordSet([event.visitor?.name, event.host?.name, ...(event.principals ?? []).map((p) => p.name), event.location, event.venue?.country, event.visitor?.country, event.host?.country, event.name, 'visit', 'summit'].filter(Boolean).join(' '));
  const { claims: overview, chosen } = chooseOverview(groups, eventWords);

  // A third country in a statement about two countries' relations points to geopolitics.
  const parties = new Set([event.visitor?.country, event.host?.country, ...(event.principals ?? []).map((p) => p.country), event.venue?.country].filter(Boolean));
  const sectionOf = (a: Annotated, factOnly = false) => {
    const third = a.countries.some((c) => !parties.has(c.country));
    const scores = factOnly ? { ...a.scores, agenda: 0 } : a.scores;
    return bestSection(scores, { geopolitics: third ? 1.5 : 0 }, factOnly ? 3 : undefined);
  };
  const sections: Record<SectionName, typeof groups> = { agenda: [], energyTrade: [], geopolitics: [] };
  for (const g of groups) {
    if (chosen.has(g)) continue;
    // A programme's fact is listed under the programme, and again only where it says much about trade or geopolitics.
    const isFact = g.members.some((m) => used.has(m.sentence.id));
    const section = majority(g.members.map((m) => sectionOf(m, isFact)));
    if (section) sections[section].push(g);
  }

  return {
    event,
    people: people.map(({ name, role, country, sources, mentions }) => ({ name, role, country, sources, mentions })),
    overview,
    agenda: sections.agenda.sort(byCorroboration).map(toClaim),
    energyTrade: sections.energyTrade.sort(byCorroboration).map(toClaim),
    geopolitics: sections.geopolitics.sort(byCorroboration).map(toClaim),
    defenceProgrammes: programmes,
    timeline: buildTimeline(annotated, event, (id) => referenceDate(articles.find((a) => a.id === id)!, fallbackDate)),
    discrepancies: findDiscrepancies(buildContext(articles.filter((a) => !strays.has(a.id)), annotated, event, groups, fallbackDate)),
    strays,
    title,
  };
}

function majority(values: (SectionName | null)[]): SectionName | null {
  const counts = new Map<SectionName, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: SectionName | null = null;
  for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
  return best;
}
