import type { Consolidated } from '../consolidate/index.js';
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

function defaultTitle(c: Consolidated): string {
  const e = c.event;
  const visitor = e.visitor?.country ?? e.visitor?.name;
  const host = e.host?.country ?? e.location;
  if (visitor && host) return `${e.visitor?.role ? `${e.visitor.role}ial` === 'Presidential' ? 'Presidential' : '' : ''} ${e.kind ?? 'visit'}: ${visitor} to ${host}`.replace(/^\s+/, '').replace(/^(\w)/, (m) => m.toUpperCase());
  return 'Briefing';
}
