import type { Consolidated } from '../consolidate/index.js';
import { countryByName } from '../extract/countries.js';
import type { Article } from './pipeline.js';
import { Brief, type Source, type Warning } from './schema.js';

export interface BuildInput {
  articles: readonly Article[];
  consolidated: Consolidated;
  asOf: string;
  title: string | null;
  warnings: readonly Warning[];
}

/** The brief model, validated against its schema: what fails here is a bug, not bad input. */
export function buildBrief({ articles, consolidated, asOf, title, warnings }: BuildInput): Brief {
  const sources: Source[] = articles.map((a) => ({
    id: a.id,
    file: a.file,
    outlet: a.outlet,
    published: a.published,
    title: a.title,
    words: a.words,
    duplicateOf: a.duplicateOf,
    url: a.url,
    dateline: a.dateline,
  }));
  return Brief.parse({
    schemaVersion: 1,
    asOf,
    title: title ?? defaultTitle(consolidated),
    ...consolidated,
    sources,
    warnings: [...warnings],
  });
}

/** "Chilean President's state visit to Japan": made only from what was found. */
function defaultTitle(c: Consolidated): string {
  const e = c.event;
  const where = e.host?.country ?? e.location;
  if (!e.visitor || !where) return 'Briefing';
  const demonym = e.visitor.country ? (countryByName(e.visitor.country)?.demonyms[0] ?? e.visitor.country) : null;
  const who = demonym && e.visitor.role ? `${demonym} ${e.visitor.role}` : e.visitor.name;
  return `${who}’s ${e.kind ?? 'visit'} to ${where}`;
}
