import { z } from 'zod';

/** The brief model. Field names are a contract read by other tools: add, never rename. */

export const SourceId = z.string().regex(/^S\d+$/);
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const IsoPartial = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** Where a statement was read: a span of the cleaned text of one source. */
export const Span = z.object({
  source: SourceId,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const Claim = z.object({
  text: z.string().min(1),
  sources: z.array(SourceId).min(1),
  hedged: z.boolean().optional(),
  spans: z.array(Span).optional(),
});

/** A line of the key-points box: a cited statement, or (role "discrepancy") a pointer to where sources disagree. */
export const KeyPoint = Claim.extend({
  role: z.enum(['event', 'outcome', 'contention', 'discrepancy']),
});

export const Person = z.object({
  name: z.string(),
  role: z.string().nullable(),
  country: z.string().nullable(),
});

export const PersonEntry = Person.extend({
  sources: z.array(SourceId),
  mentions: z.number().int().nonnegative().optional(),
});

export const Source = z.object({
  id: SourceId,
  file: z.string(),
  outlet: z.string(),
  published: IsoDay.nullable(),
  title: z.string(),
  words: z.number().int().nonnegative(),
  duplicateOf: SourceId.nullable(),
  url: z.string().nullable().optional(),
  /** The byline, when front matter or an `author:` line names one (absent otherwise). */
  author: z.string().nullable().optional(),
  dateline: z.string().nullable().optional(),
  /** Why the article was left out of the event, facts and discrepancies ("not about this event"). */
  excluded: z.string().nullable().optional(),
});

/**
 * What kind of event the articles describe. A visit may say its type ("state visit"); a summit
 * is two leaders meeting at a venue neither governs; a tour is one visitor with several stops.
 */
export const EventKind = z.enum(['visit', 'state visit', 'official visit', 'working visit', 'summit', 'multilateral summit', 'tour', 'address']);

/** Where something happens: a city or site, its region when the text gives one, its country. */
export const Place = z.object({
  name: z.string(),
  region: z.string().nullable(),
  country: z.string().nullable(),
});

/** One stop of a tour: the place and the days the text puts the visitor there. */
export const Stop = z.object({
  place: Place,
  start: IsoDay.nullable(),
  end: IsoDay.nullable(),
  sources: z.array(SourceId),
});

export const Event = z.object({
  summary: z.string(),
  /** The travelling principal of a visit, tour or address; null for a summit. */
  visitor: Person.nullable(),
  /** The host of a visit, the chair of a multilateral summit, a summit's host when named. */
  host: Person.nullable(),
  /** The city: the venue, or a tour's first stop. */
  location: z.string().nullable(),
  start: IsoDay.nullable(),
  end: IsoDay.nullable(),
  kind: EventKind.nullable().optional(),
  ordinal: z.string().nullable().optional(),
  occasion: z.string().nullable().optional(),
  sources: z.array(SourceId),
  /** "state", "official", "working" when the text says so. */
  visitType: z.enum(['state', 'official', 'working']).nullable().optional(),
  /** The leaders at the heart of the event, most salient first. */
  principals: z.array(Person).optional(),
  venue: Place.nullable().optional(),
  /** The event's name where it has one ("the CSF summit"). */
  name: z.string().nullable().optional(),
  stops: z.array(Stop).optional(),
});

/**
 * A programme's fact. `sharedWith` names the other programmes that have the same sentence as a fact
 * ("The fleet includes Rook and Kestrel jets."), so it can be printed once for all of them.
 */
export const ProgrammeFact = Claim.extend({
  sharedWith: z.array(z.string()).optional(),
});

export const Programme = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  facts: z.array(ProgrammeFact),
  sources: z.array(SourceId),
});

export const TimelineEntry = z.object({
  date: IsoPartial,
  end: IsoPartial.optional(),
  text: z.string(),
  sources: z.array(SourceId).min(1),
  precision: z.enum(['year', 'month', 'day']).optional(),
});

export const DiscrepancyKind = z.enum([
  'conflict',
  'attribution',
  'status',
  'wording',
  'framing',
  'uncorroborated',
]);

/** One position in a disagreement: what it holds, every source that holds it, and its most telling quote. */
export const DiscrepancySide = z.object({
  value: z.string(),
  sources: z.array(SourceId).min(1),
  /** The shortest verbatim span of one of these sources that names both the subject and the value. */
  quote: z.string().min(1),
});

export const Discrepancy = z.object({
  topic: z.string(),
  kind: DiscrepancyKind,
  claims: z
    .array(z.object({ source: SourceId, quote: z.string().min(1), value: z.string().optional() }))
    .min(1),
  /** The claims gathered by what they hold (largest side first). Optional so that a brief.json written before sides existed still reads. */
  sides: z.array(DiscrepancySide).min(1).optional(),
  note: z.string(),
});

export const Warning = z.object({ file: z.string().nullable(), message: z.string() });

export const ChangeKind = z.enum([
  'source-added',
  'source-dropped',
  'claim-added',
  'claim-removed',
  'programme-added',
  'programme-removed',
  'discrepancy-opened',
  'discrepancy-resolved',
  'event-changed',
]);

/** What changed since the previous edition in the same output folder. */
export const Changes = z.object({
  first: z.boolean(),
  sinceEdition: z.number().int().positive().nullable(),
  sinceAsOf: IsoDay.nullable(),
  items: z.array(z.object({ kind: ChangeKind, section: z.string().nullable(), text: z.string(), sources: z.array(SourceId) })),
});

export const Brief = z.object({
  schemaVersion: z.literal(1),
  asOf: IsoDay,
  title: z.string(),
  /** The build's --marking ("UNCLASSIFIED — FOR BRIEFING USE"), printed at the top and bottom; null without one. */
  marking: z.string().nullable().optional(),
  event: Event,
  sources: z.array(Source),
  people: z.array(PersonEntry),
  /** Three to five lines a reader takes in first; absent in briefs made before they existed. */
  keyPoints: z.array(KeyPoint).optional(),
  overview: z.array(Claim),
  agenda: z.array(Claim),
  energyTrade: z.array(Claim),
  geopolitics: z.array(Claim),
  defenceProgrammes: z.array(Programme),
  timeline: z.array(TimelineEntry),
  discrepancies: z.array(Discrepancy),
  warnings: z.array(Warning),
  edition: z.number().int().positive().optional(),
  changes: Changes.optional(),
});

export type Span = z.infer<typeof Span>;
export type Claim = z.infer<typeof Claim>;
export type KeyPoint = z.infer<typeof KeyPoint>;
export type Person = z.infer<typeof Person>;
export type PersonEntry = z.infer<typeof PersonEntry>;
export type Source = z.infer<typeof Source>;
export type Event = z.infer<typeof Event>;
export type EventKind = z.infer<typeof EventKind>;
export type Place = z.infer<typeof Place>;
export type Stop = z.infer<typeof Stop>;
export type ProgrammeFact = z.infer<typeof ProgrammeFact>;
export type Programme = z.infer<typeof Programme>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type DiscrepancyKind = z.infer<typeof DiscrepancyKind>;
export type Discrepancy = z.infer<typeof Discrepancy>;
export type DiscrepancySide = z.infer<typeof DiscrepancySide>;
export type Warning = z.infer<typeof Warning>;
export type Brief = z.infer<typeof Brief>;
export type Changes = z.infer<typeof Changes>;
export type ChangeKind = z.infer<typeof ChangeKind>;
