import type { Brief } from '../model/schema.js';
import { esc } from '../render/html/escape.js';
import { sourcesSection } from '../render/html/appendix.js';
import { claimSection, keyFactsBox, keyPointsBox, markingHtml, titleBlock } from '../render/html/sections.js';
import { INLINE_LOOK as look } from '../render/html/styles.js';
import { discrepanciesSection } from '../render/html/tables.js';
import { attachedLine, moreLine, type MailContent } from './content.js';

/**
 * The HTML body: the same sections as brief.html, drawn by the same code, each element carrying
 * its own style (mail clients drop <style>), tables for the facts and the discrepancies.
 */
export function htmlBody(brief: Brief, c: MailContent): string {
  const { overview, discrepancies } = c.sel;
  const parts = [
    markingHtml(c.marking, look),
    titleBlock(brief, look),
    keyPointsBox(c.sel.keyPoints, look),
    keyFactsBox(brief, look, { people: false }),
    overview.items.length ? claimSection('Overview', overview, moreLine(overview.more, 'statements'), look) : '',
    discrepancies.items.length ? discrepanciesSection(discrepancies, moreLine(discrepancies.more, 'discrepancies'), look) : '',
    c.cited.length ? sourcesSection(c.cited, null, look, false, 'Sources cited') : '',
    c.attached.length ? `<p${look.at('attached')}>${esc(attachedLine(c.attached))}</p>` : '',
    markingHtml(c.marking, look),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(brief.title)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff">
<div${look.at('sheet')}>
${parts.filter(Boolean).join('\n')}
</div>
</body>
</html>
`;
}
