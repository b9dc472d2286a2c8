import fc from 'fast-check';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/ingest/index.js';
import { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { loadTemplates, renderMarkdown, type TemplateSet } from '../../src/render/markdown.js';
import { ROOT } from '../helpers/run.js';
import { anyText, HOSTILE } from './arbitraries.js';

const RUNS = 200;

/** Markup an article could carry: HTML, Markdown links and emphasis, Handlebars, escapes. */
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</p>',
  '<!-- x -->',
  '<!DOCTYPE html>',
  '<?php ?>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '](',
  '![i](http://x/y.png)',
  '<http://x>',
  '{{constructor}}',
  '{{constructor.constructor}}',
  '{{{raw}}}',
  '{{> key-facts}}',
  '{{#each this}}x{{/each}}',
  '}}',
  '{{',
  '\\',
  '\\<',
  '\\\\<b>',
  '\\](',
  '\\{{x}}',
  '`code`',
  '***',
  '__x__',
  '~~x~~',
  '&lt;script&gt;',
  '&#60;b&#62;',
  '| a | b |',
  '\n',
  '\r\n',
  ' ',
  'word ',
] as const;

const markupText = fc
  .array(fc.oneof(fc.constantFrom(...MARKUP), fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 })), { maxLength: 25 })
  .map((parts) => parts.join(''));

/** Arbitrary text for an article-derived field: plain arbitrary, hostile or markup-heavy. */
const fieldText = fc.oneof(anyText(200), markupText, markupText);
const nonEmpty = fieldText.filter((s) => s.length > 0);

/** True when the character at `i` has an odd number of backslashes right before it. */
function escaped(md: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && md[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

function unescaped(md: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const m of md.matchAll(re)) if (!escaped(md, m.index)) out.push(JSON.stringify(md.slice(Math.max(0, m.index - 20), m.index + 20)));
  return out;
}

/** Overwrites every article-derived string of `base` with texts from the pools (cycled). */
function hostileBrief(base: Brief, pool: { any: string[]; nonEmpty: string[]; title: string; summary: string }): Brief {
  let a = 0;
  let n = 0;
  const any = () => pool.any[a++ % pool.any.length]!;
  const some = () => pool.nonEmpty[n++ % pool.nonEmpty.length]!;
  const person = <P extends { name: string; role: string | null; country: string | null }>(p: P): P => ({ ...p, name: any(), role: p.role === null ? null : any(), country: p.country === null ? null : any() });
  const claims = (cs: Brief['overview']) => cs.map((c) => ({ ...c, text: some() }));
  return {
    ...base,
    title: pool.title,
    event: {
      ...base.event,
      summary: pool.summary,
      visitor: base.event.visitor && person(base.event.visitor),
      host: base.event.host && person(base.event.host),
      location: base.event.location === null ? null : any(),
      // The kind is one of a closed set; the free text around it is where article text can reach.
      occasion: base.event.occasion ? any() : base.event.occasion,
      name: any(),
      principals: (base.event.principals ?? []).map(person),
      venue: base.event.venue ? { name: any(), region: any(), country: base.event.venue.country === null ? null : any() } : null,
      stops: (base.event.stops ?? []).map((s) => ({ ...s, place: { ...s.place, name: any() } })),
    },
    sources: base.sources.map((s) => ({ ...s, title: any(), outlet: any(), file: any(), url: s.url ? any() : s.url, dateline: s.dateline ? any() : s.dateline })),
    people: base.people.map(person),
    overview: claims(base.overview),
    agenda: claims(base.agenda),
    energyTrade: claims(base.energyTrade),
    geopolitics: claims(base.geopolitics),
    defenceProgrammes: base.defenceProgrammes.map((p) => ({ ...p, name: any(), aliases: p.aliases.map(any), facts: claims(p.facts) })),
    timeline: base.timeline.map((t) => ({ ...t, text: any() })),
    discrepancies: base.discrepancies.map((d) => ({
      ...d,
      topic: any(),
      note: any(),
      claims: d.claims.map((c) => ({ ...c, quote: some(), value: c.value === undefined ? undefined : any() })),
      sides: d.sides?.map((x) => ({ ...x, value: any(), quote: some() })),
    })),
    warnings: base.warnings.map((w) => ({ file: w.file === null ? null : any(), message: any() })),
  };
}

const pools = fc.record({
  any: fc.array(fieldText, { minLength: 1, maxLength: 40 }),
  nonEmpty: fc.array(nonEmpty, { minLength: 1, maxLength: 40 }),
  title: fieldText,
  summary: fieldText,
});

describe('renderMarkdown (property)', () => {
  let base: Brief;
  let templates: TemplateSet;
  beforeAll(async () => {
    const { files, warnings } = await readCorpus(join(ROOT, 'corpus'), { maxBytes: 10 << 20 });
    base = analyse(files, { asOf: '2025-12-01', title: null, warnings });
    templates = loadTemplates(null);
  });

  it('builds briefs that are valid for the schema', () => {
    fc.assert(
      fc.property(pools, (p) => {
        expect(Brief.safeParse(hostileBrief(base, p)).success).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('never emits raw HTML, links or Handlebars from article text', () => {
    fc.assert(
      fc.property(pools, (p) => {
        const md = renderMarkdown(hostileBrief(base, p), templates);
        // Every "<" is escaped, so no "<tag", "</tag", "<!--" or "<!DOCTYPE" reaches a viewer.
        expect(unescaped(md, /</g), 'unescaped <').toEqual([]);
        // No "](" whose "]" is live: no inline link or image from article text.
        expect(unescaped(md, /\]\(/g), 'unescaped ](').toEqual([]);
        // Braces only ever appear escaped: nothing was evaluated and nothing can be on a second pass.
        expect(unescaped(md, /[{}]/g), 'unescaped brace').toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('shows injected Handlebars literally (escaped) in the title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }).filter((s) => !/[\\{}\s]/.test(s)), (name) => {
        const md = renderMarkdown({ ...base, title: `{{${name}}}` }, templates);
        expect(md.split('\n')[0]).toContain(`\\{\\{`);
        expect(md.split('\n')[0]).toContain(`\\}\\}`);
      }),
      { numRuns: 100 },
    );
  });

  // BUG (src/render/escape.ts + markdown.ts `para`/`item`): escapeMarkdown escapes block markers
  // ("#", "-", "+", "1.", "2)") only at the start of the text, then wrap() re-flows it at 100 columns,
  // so a marker that falls at the start of a wrapped line opens a Markdown block: a heading, a
  // (nested) list, a setext underline. Article prose with a spaced hyphen ("the deal - worth …") or
  // a "+" is enough. fast-check found and shrank (29 steps) an Overview claim
  //   "a a a xxxxxxxxxxxx word summit summit word xxxxxxxxxxxx word summit word summit xxxxxxxxxxxx === 2) a a a a"
  // which renders the continuation line "  2) a a a a [1]": an ordered list nested in the item.
  // By hand, the summary "word " × 20 + "# Injected heading" renders a line "# Injected heading" (an
  // ATX heading from article text); given as an example so this fails on every run.
  it('never lets wrapped article text open a Markdown block (heading, list, setext line)', () => {
    const BLOCK = /^(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|=+\s*$|-+\s*$|>)/;
    const word = fc.constantFrom('a', 'word', 'talks', 'summit', 'x'.repeat(12));
    const marker = fc.constantFrom('#', '-', '+', '1.', '2)', '===', '---', '>');
    const prose = fc
      .array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: marker }), { minLength: 20, maxLength: 60 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(prose, prose, (summary, claim) => {
        const md = renderMarkdown({ ...base, event: { ...base.event, summary }, overview: [{ text: claim, sources: ['S1'] }] }, templates);
        const lines = md.split('\n');
        const asOf = lines.findIndex((l) => l.startsWith('**As of'));
        const summaryLines: string[] = [];
        for (let i = asOf + 2; i < lines.length && lines[i] !== ''; i++) summaryLines.push(lines[i]!);
        const ov = lines.indexOf('## Overview');
        const itemLines = lines.slice(ov + 2, lines.indexOf('', ov + 2)).map((l) => (l.startsWith('- ') ? l.slice(2) : l.replace(/^ {2}/, '')));
        for (const l of [...summaryLines, ...itemLines]) expect(l, `line ${JSON.stringify(l)}`).not.toMatch(BLOCK);
      }),
      { numRuns: RUNS, examples: [['word '.repeat(20) + '# Injected heading', 'Talks went well.']] },
    );
  });
});
