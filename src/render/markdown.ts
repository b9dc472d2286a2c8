import Handlebars from 'handlebars';
import { join } from 'node:path';
import { AttacheError } from '../errors.js';
import type { Brief, Claim } from '../model/schema.js';
import { escapeCell, escapeMarkdown, wrap } from './escape.js';
import type { TemplateSet } from './templates.js';
import { furtherLine, select, type Length } from './selection.js';
import { cap, changesView, cite, excludedNote, humanDate, humanRange, keyFacts, LIMITS, shownSources } from './view.js';

export { DEFAULT_TEMPLATES, loadTemplates, type TemplateSet } from './templates.js';

/** brief.md from the model through Handlebars (strict, no prototype access). */
export function renderMarkdown(brief: Brief, templates: TemplateSet, render: { length?: Length } = {}): string {
  const length = render.length ?? 'standard';
  const hb = Handlebars.create();
  const opts = { strict: true, noEscape: false } as const;
  hb.registerHelper({
    md: (s: unknown) => new hb.SafeString(escapeMarkdown(String(s ?? ''))),
    cell: (s: unknown) => new hb.SafeString(escapeCell(String(s ?? ''))),
    cite: (sources: unknown) => new hb.SafeString(Array.isArray(sources) ? cite(sources as string[]) : ''),
    date: (iso: unknown) => humanDate(typeof iso === 'string' ? iso : null),
    item: (c: Claim) => new hb.SafeString(wrap(`- ${escapeMarkdown(c.text)} ${cite(c.sources)}`, 100, '  ')),
    para: (s: unknown) => new hb.SafeString(wrap(escapeMarkdown(String(s ?? '')), 100)),
    num: (id: unknown) => String(id ?? '').replace(/^S/, ''),
    source: (s: ReturnType<typeof view>['sources'][number]) =>
      new hb.SafeString(
        wrap(
          `${s.n}. ${escapeMarkdown(s.outlet)} — ${escapeMarkdown(s.title)} (${s.when}). ${escapeMarkdown(s.file)}` +
            `${s.url ? `, ${escapeMarkdown(s.url)}` : ''}. ${s.words} words.${s.copyOf ? ` Republished copy of ${s.copyOf}.` : ''}` +
            `${s.excluded ? ` ${escapeMarkdown(excludedNote(s.excluded))}` : ''}`,
          100,
          '   ',
        ),
      ),
    eq: (a: unknown, b: unknown) => a === b,
    plural: (n: number, one: string, many: string) => (n === 1 ? one : many),
    further: (more: number, what: unknown) => furtherLine(more, length, typeof what === 'string' ? what : 'statements'),
  });
  const compile = (name: string, source: string) => {
    try {
      return hb.compile(source, opts);
    } catch (e) {
      throw templateError(templates.dir, name, e);
    }
  };
  for (const [name, source] of Object.entries(templates.partials)) {
    const template = compile(`partials/${name}.hbs`, source);
    hb.registerPartial(name, template);
  }
  const main = compile('brief.md.hbs', templates.main);
  try {
    const out = main(view(brief, length), { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    return out.replace(/\n{3,}/g, '\n\n').replace(/[ \t]+$/gm, '').trimEnd() + '\n';
  } catch (e) {
    throw templateError(templates.dir, 'brief.md.hbs', e);
  }
}

function templateError(dir: string, file: string, e: unknown): AttacheError {
  const msg = e instanceof Error ? e.message : String(e);
  const line = /line (\d+)/i.exec(msg)?.[1] ?? / - (\d+):\d+/.exec(msg)?.[1];
  const first = msg.split('\n').filter(Boolean).slice(0, 1).join(' ').replace(/\s+/g, ' ');
  return new AttacheError(`${join(dir, file)}${line ? `:${line}` : ''}`, `template error: ${first}`);
}

/** What the template sees: the brief plus the selection every renderer prints. */
export function view(b: Brief, length: Length = 'standard') {
  const sel = select(b, length);
  const shown = shownSources(b, sel);
  return {
    brief: b,
    length,
    title: b.title,
    marking: b.marking ?? null,
    asOf: humanDate(b.asOf),
    summary: b.event.summary,
    keyPoints: sel.keyPoints,
    keyFacts: keyFacts(b),
    overview: sel.overview,
    agenda: sel.agenda,
    energyTrade: sel.energyTrade,
    geopolitics: sel.geopolitics,
    programmes: { items: sel.programmes.items.map((p) => ({ ...p, factCount: p.facts.length })), more: sel.programmes.more },
    programmeRows: sel.programmeRows,
    timeline: {
      items: sel.timeline.items.map((t) => ({ ...t, text: `${t.end ? humanRange(t.date, t.end) : humanDate(t.date)}: ${t.text}` })),
      more: sel.timeline.more,
    },
    discrepancies: sel.discrepancies,
    annex: sel.annex,
    sourcesMore: shown.more,
    sources: shown.items.map((s) => ({
      ...s,
      n: Number(s.id.slice(1)),
      when: s.published ? humanDate(s.published) : 'undated',
      copyOf: s.duplicateOf ? `[${s.duplicateOf.slice(1)}]` : null,
    })),
    people: peopleLine(b),
    warnings: b.warnings.slice(0, LIMITS.warnings),
    warningsMore: Math.max(0, b.warnings.length - LIMITS.warnings),
    span: humanRange(b.event.start, b.event.end),
    changes: changesView(b),
  };
}

function peopleLine(b: Brief): string {
  const { items, more } = cap(b.people, LIMITS.people);
  if (!items.length) return '';
  const list = items.map((p) => `${p.name}${p.role ? ` (${p.role}${p.country ? `, ${p.country}` : ''})` : ''}`).join('; ');
  return `People named: ${list}${more ? `; and ${more} more` : ''}.`;
}
