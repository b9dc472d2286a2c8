import type { Annotated, SectionName } from '../extract/index.js';
import { bestSection } from '../extract/sections.js';
import { referenceDate, type Article } from '../model/pipeline.js';
import type { Claim, Discrepancy, Event, KeyPoint, PersonEntry, Programme, TimelineEntry } from '../model/schema.js';
import { groupClaims, isStatement, type ClaimGroup } from './claims.js';
import { consolidateEvent } from './event.js';
import { mergePeople } from './people.js';
import { consolidateProgrammes } from './programmes.js';
import { buildContext, findDiscrepancies } from './discrepancies/index.js';
import { wordSet } from './text.js';
import { buildTimeline } from './timeline.js';
import { arrange } from './items/arrange.js';
import { buildItem, type Item } from './items/build.js';
import { centrality, salience } from './items/rank.js';
import { defenceScore } from './items/defence.js';
import { SentenceIndex, termsOf } from './items/support.js';
import { standalone } from './items/standalone.js';

export { markDuplicates } from './duplicates.js';

export interface ConsolidateOptions {
  /** Called as each large step ends, so that a large corpus's garbage is collected step by step. */
  settle?: () => void;
}

export interface Consolidated {
  event: Event;
  people: PersonEntry[];
  keyPoints: KeyPoint[];
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
export function consolidate(articles: readonly Article[], all: readonly Annotated[], fallbackDate: string, opts: ConsolidateOptions = {}): Consolidated {
  const settle = opts.settle ?? (() => undefined);
  const everyone = mergePeople(all);
  const { event, inferred, strays, title } = consolidateEvent(all, everyone, articles);
  settle();
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
  const published = new Map(articles.map((a) => [a.id, a.published]));
  const eventWords = wordSet(
    [event.visitor?.name, event.host?.name, ...(event.principals ?? []).map((p) => p.name), event.location, event.venue?.name, event.venue?.country, event.visitor?.country, event.host?.country, event.name, 'visit', 'summit']
      .filter(Boolean)
      .join(' '),
  );
  const byWords = [...articles].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const sourceOrder = new Map(byWords.map((a, i) => [a.id, i]));
  const rankContext = { eventWords, eventStart: event.start, published: (s: string) => published.get(s) ?? null, sourceOrder: (s: string) => sourceOrder.get(s) ?? 0 };
  const factWeight = (g: ClaimGroup) => {
    const terms = termsOf(g.lead.sentence.text);
    return salience(g.members, g.lead, g.lead.sentence.text, g.sources.length, terms.words, terms.figures.size, rankContext);
  };
  const index = new SentenceIndex(annotated);
  const { programmes, used } = consolidateProgrammes(annotated, corpusText, personWords, { weight: factWeight, tell: (a, join) => standalone(a, index, join) });

  settle();
  const statements = annotated.filter((a) => isStatement(a));
  const groups = groupClaims(statements);
  settle();
  const discrepancies = findDiscrepancies(buildContext(articles.filter((a) => !strays.has(a.id)), annotated, event, groups, fallbackDate));
  settle();
  const items = groups.map((g) => buildItem(g, index, rankContext)).filter((it): it is Item => !!it);
  settle();
  centrality(items.map((it) => it.terms.words)).forEach((c, i) => (items[i]!.score += c));
  settle();

  // A third country in a statement about two countries' relations points to geopolitics.
  const parties = new Set([event.visitor?.country, event.host?.country, ...(event.principals ?? []).map((p) => p.country), event.venue?.country].filter(Boolean));
  const sectionOf = (it: Item) => {
    const scores = { agenda: 0, energyTrade: 0, geopolitics: 0 };
    for (const a of it.parts) for (const k of Object.keys(scores) as SectionName[]) scores[k] = Math.max(scores[k], a.scores[k]);
    const third = it.lead.countries.some((c) => !parties.has(c.country));
    // Defence items belong with the agenda and the programmes, not with energy and trade.
    if (defenceScore(it.lead.sentence.text) + (it.lead.programmes.length ? 2 : 0) >= scores.energyTrade) scores.energyTrade = 0;
    return bestSection(scores, { geopolitics: third ? 1.5 : 0 });
  };
  const isProgrammeFact = (it: Item) => it.group.members.some((m) => used.has(m.sentence.id)) && sectionOf(it) !== 'geopolitics';
  const principalNames = (event.principals ?? []).flatMap((p) => [p.name, people.find((q) => q.name === p.name)?.surname ?? p.name]);
  const namesPrincipal = (it: Item) => principalNames.some((n) => it.claim.text.includes(n));
  const within = (d: string) => !!event.start && d >= event.start && d <= (event.end ?? event.start);
  const datesEvent = (it: Item) => it.lead.dates.some((d) => d.precision === 'day' && within(d.date));
  // An earlier month, written out: "Friday" before a visit is its run-up, "August 2017" is history.
  const datesEarlier = (it: Item) => !!event.start && it.parts.some((a) => a.dates.some((d) => !d.weekday && d.date.slice(0, 7) < event.start!.slice(0, Math.min(7, d.date.length))));
  const defence = (it: Item) => defenceScore(it.claim.text) + (it.group.members.some((m) => m.programmes.length) ? 2 : 0);
  const cueScore = (it: Item, section: SectionName) => Math.max(...it.parts.map((a) => a.scores[section]));
  const arranged = arrange(items, discrepancies, { sectionOf, isProgrammeFact, eventWords, namesPrincipal, datesEvent, datesEarlier, defence, cueScore });

  // A sentence the sections print is not printed again as a programme's fact; the programme keeps its sources.
  const printed = [...arranged.keyPoints, ...arranged.overview, ...Object.values(arranged.sections).flat()].map((c) => c.text);
  for (const p of programmes) p.facts = p.facts.filter((f) => !printed.some((t) => t.includes(f.text)));

  settle();
  return {
    event,
    people: people.map(({ name, role, country, sources, mentions }) => ({ name, role, country, sources, mentions })),
    keyPoints: arranged.keyPoints,
    overview: arranged.overview,
    agenda: arranged.sections.agenda,
    energyTrade: arranged.sections.energyTrade,
    geopolitics: arranged.sections.geopolitics,
    defenceProgrammes: programmes,
    timeline: buildTimeline(annotated, event, (id) => referenceDate(articles.find((a) => a.id === id)!, fallbackDate), index),
    discrepancies,
    strays,
    title,
  };
}
