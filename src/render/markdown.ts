import Handlebars from 'handlebars';
import { join } from 'node:path';
import { AttacheError } from '../errors.js';
import type { Brief } from '../model/schema.js';
import { select, type Length } from './selection.js';
import { BUILTIN_HELPERS, checkTemplate } from './template-check.js';
import { contextNames } from './template-context.js';
import { parseProblem, TemplateProblem } from './template-errors.js';
import { templateHelpers } from './template-helpers.js';
import { TEMPLATE_EXIT, type TemplateSet } from './templates.js';
import { cap, changesView, humanDate, humanRange, keyFacts, LIMITS, shownSources } from './view.js';

export { DEFAULT_TEMPLATES, loadTemplates, type TemplateSet } from './templates.js';

/** brief.md from the model through Handlebars (strict, no prototype access, every name checked). */
export function renderMarkdown(brief: Brief, templates: TemplateSet, render: { length?: Length } = {}): string {
  const length = render.length ?? 'standard';
  const hb = Handlebars.create();
  const helpers = templateHelpers(hb, length);
  hb.registerHelper(helpers);
  const context = view(brief, length);
  const sources: [string, string][] = [['brief.md.hbs', templates.main], ...Object.entries(templates.partials).map(([n, s]): [string, string] => [`partials/${n}.hbs`, s])];
  const asts = sources.map(([file, source]) => ({ file, source, ast: parse(templates, file, source) }));
  const known = {
    names: contextNames(context, asts.map((a) => a.ast)),
    helpers: new Set([...BUILTIN_HELPERS, ...Object.keys(helpers)]),
    partials: new Set(Object.keys(templates.partials)),
  };
  const compiled = asts.map(({ file, ast }) => {
    try {
      checkTemplate(ast, known);
    } catch (e) {
      throw templateError(templates, file, e);
    }
    return { file, run: attributed(file, hb.compile(ast, { strict: true })) };
  });
  for (const { file, run } of compiled.slice(1)) hb.registerPartial(file.replace(/^partials\/|\.hbs$/g, ''), run as Handlebars.Template);
  try {
    const out = compiled[0]!.run(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    return out.replace(/\n{3,}/g, '\n\n').replace(/[ \t]+$/gm, '').trimEnd() + '\n';
  } catch (e) {
    throw templateError(templates, 'brief.md.hbs', e);
  }
}

function parse(templates: TemplateSet, file: string, source: string): hbs.AST.Program {
  try {
    return Handlebars.parse(source);
  } catch (e) {
    throw templateError(templates, file, parseProblem(e, source));
  }
}

/** Runs a template so that whatever goes wrong inside it names it (the innermost partial wins). */
function attributed(file: string, run: Handlebars.TemplateDelegate) {
  return (context: unknown, options?: Handlebars.RuntimeOptions): string => {
    try {
      return run(context, options);
    } catch (e) {
      const problem = e instanceof TemplateProblem ? e : runtimeProblem(e);
      problem.file ??= file;
      throw problem;
    }
  };
}

/** Handlebars' own runtime errors ("… not defined in [object Object] - 4:2"), in words. */
function runtimeProblem(e: unknown): TemplateProblem {
  const err = e as Error & { lineNumber?: number };
  const msg = err instanceof Error ? err.message : String(e);
  const missing = /^"([^"]+)" not defined in/.exec(msg);
  if (missing) return new TemplateProblem(err.lineNumber ?? null, `"${missing[1]}" is not in the template context here`);
  const partial = /The partial (\S+) could not be found/.exec(msg);
  if (partial) return new TemplateProblem(null, `there is no partial "${partial[1]}"`);
  return new TemplateProblem(err.lineNumber ?? null, msg.replace(/ - \d+:\d+$/, '').replace(/\[object Object\]/g, 'the context'));
}

function templateError(templates: TemplateSet, file: string, e: unknown): AttacheError {
  const problem = e instanceof TemplateProblem ? e : runtimeProblem(e);
  const name = problem.file ?? file;
  const path = templates.files?.[name] ?? join(templates.dir, name);
  return new AttacheError(`${path}${problem.line ? `:${problem.line}` : ''}`, problem.message, TEMPLATE_EXIT);
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
