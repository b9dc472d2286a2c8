import type { Brief } from '../../model/schema.js';
import { furtherLine, select, type Length } from '../selection.js';
import { humanDate, shownSources } from '../view.js';
import { annexSection, changesSection, sourcesSection, warningsBlock } from './appendix.js';
import { cssString, esc } from './escape.js';
import { claimSection, keyFactsBox, keyPointsBox, markingHtml, titleBlock } from './sections.js';
import { classRules, PAGE_LOOK as look } from './styles.js';
import { discrepanciesSection, programmesSection, timelineSection } from './tables.js';

export interface HtmlOptions {
  marking: string | null;
  length: Length;
  /** Written as the page's creation date; from the as-of date, so output stays deterministic. */
  created?: Date;
}

/**
 * What differs on paper: A4 margins holding a running header (title, as-of date) and footer
 * (marking, page numbers) as the PDF has them, so the closing footer line is left out; no width
 * cap, headings kept with what follows, table rows whole, table headers repeated on each page.
 */
function printRules(brief: Brief, marking: string | null): string {
  const margin = 'font-family:sans-serif;font-size:8pt;color:#5f6368';
  return `@page{size:A4;margin:18mm 15mm 18mm;
@top-left{content:${cssString(brief.title)};${margin}}
@top-right{content:${cssString(`As of ${humanDate(brief.asOf)}`)};${margin}}
@bottom-left{content:${cssString(marking?.trim() || 'Attaché brief')};${margin}}
@bottom-right{content:"Page " counter(page) " of " counter(pages);${margin}}}
@media print{
body{margin:0}
.sheet{max-width:none;padding:0 2px 0 0;zoom:0.86}
.h2{margin-top:16px}
.h2,.h3{break-after:avoid;page-break-after:avoid}
.footer{display:none}
.sheet>.marking:last-child{break-before:avoid;page-break-before:avoid;margin:12px 0 0}
.box,.source,tr,.li{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
a.cite,a.link{color:inherit}
}`;
}

/**
 * brief.html: one self-contained page with the sections of the PDF and the Markdown, from the
 * same selection. No script, no external resource; the Content-Security-Policy says so too, so
 * that even a slip in escaping could not run anything.
 */
export function renderHtml(brief: Brief, opts: HtmlOptions): string {
  const sel = select(brief, opts.length);
  const shown = shownSources(brief, sel);
  const further = (more: number, what?: string) => furtherLine(more, sel.length, what);
  const body = [
    markingHtml(opts.marking, look),
    titleBlock(brief, look),
    keyPointsBox(sel.keyPoints, look),
    keyFactsBox(brief, look, { people: true }),
    claimSection('Overview', sel.overview, further(sel.overview.more), look),
    claimSection('Agenda', sel.agenda, further(sel.agenda.more), look),
    programmesSection(sel, look),
    claimSection('Energy and trade', sel.energyTrade, further(sel.energyTrade.more), look),
    claimSection('Geopolitics', sel.geopolitics, further(sel.geopolitics.more), look),
    timelineSection(sel, look),
    discrepanciesSection(sel.discrepancies, further(sel.discrepancies.more, 'discrepancies'), look),
    annexSection(sel, look),
    sourcesSection(shown.items, shown.more ? `…and ${shown.more} more sources, not cited in this brief.` : null, look, true),
    warningsBlock(brief, look),
    changesSection(brief, look),
    `<footer${look.at('footer')}>Attaché brief · as of ${esc(humanDate(brief.asOf))}</footer>`,
    markingHtml(opts.marking, look),
  ];
  const created = opts.created ? `\n<meta name="dcterms.created" content="${opts.created.toISOString().slice(0, 10)}">` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Attaché">${created}
<title>${esc(brief.title)}</title>
<style>
${classRules()}
${printRules(brief, opts.marking)}
</style>
</head>
<body>
<main${look.at('sheet')}>
${body.filter(Boolean).join('\n')}
</main>
</body>
</html>
`;
}
