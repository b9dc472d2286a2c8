import type { Brief, Claim } from '../model/schema.js';
import { wrap } from '../render/escape.js';
import { cite, humanDate, humanRange, keyFacts, sideLine, sidesOf } from '../render/view.js';
import { attachedLine, moreLine, type MailContent } from './content.js';

/** Plain-text lines are wrapped here (RFC 5322 recommends at most 78 characters). */
export const WIDTH = 78;

/**
 * The plain-text body: marking, title, key points, key facts, overview, the discrepancies and the
 * sources cited, with the marking again at the foot.
 */
export function plainText(brief: Brief, c: MailContent): string {
  const out: string[] = [];
  const heading = (title: string) => out.push('', title, '-'.repeat(title.length), '');
  if (c.marking) out.push(wrap(clean(c.marking), WIDTH), '');
  out.push(wrap(clean(brief.title), WIDTH));
  const span = humanRange(brief.event.start, brief.event.end);
  out.push(`As of ${humanDate(brief.asOf)}${brief.event.start ? ` · Event: ${span}` : ''}`);
  if (brief.event.summary.trim()) out.push('', wrap(clean(brief.event.summary), WIDTH));

  if (c.sel.keyPoints.length) {
    heading('Key points');
    for (const p of c.sel.keyPoints) out.push(item(p));
  }

  heading('Key facts');
  const facts = keyFacts(brief);
  const pad = Math.max(...facts.map((f) => f.label.length)) + 2;
  for (const f of facts) {
    const lines = wrap(clean(f.value), WIDTH - pad).split('\n');
    out.push(lines.map((l, i) => (i ? ' '.repeat(pad) : `${f.label}:`.padEnd(pad)) + l).join('\n'));
  }

  const { overview, discrepancies } = c.sel;
  if (overview.items.length) {
    heading('Overview');
    for (const claim of overview.items) out.push(item(claim));
    if (overview.more) out.push(`- ${moreLine(overview.more, 'statements')}`);
  }

  if (discrepancies.items.length) {
    heading('Source discrepancies');
    for (const d of discrepancies.items) {
      out.push(wrap(`${clean(d.topic)} (${d.kind})`, WIDTH));
      for (const side of sidesOf(d)) out.push(wrap(`- ${clean(sideLine(side))} — “${clean(side.quote)}”`, WIDTH, '  '));
      out.push(wrap(`Why: ${clean(d.note)}`, WIDTH, '     '), '');
    }
    if (discrepancies.more) out.push(moreLine(discrepancies.more, 'discrepancies'));
    else out.pop();
  }

  if (c.cited.length) {
    heading('Sources cited');
    for (const s of c.cited) {
      const when = s.published ? humanDate(s.published) : 'undated';
      const line = `${cite([s.id])} ${clean(s.outlet)} — ${clean(s.title)} (${when}).${s.url ? ` ${clean(s.url)}` : ''}`;
      out.push(wrap(line, WIDTH, ' '.repeat(cite([s.id]).length + 1)));
    }
  }

  if (c.attached.length) out.push('', wrap(attachedLine(c.attached), WIDTH));
  if (c.marking) out.push('', wrap(clean(c.marking), WIDTH));
  return out.join('\n') + '\n';
}

/**
 * Without brief.json the body is what the build wrote for reading: brief.md as it is, or a note
 * naming the attachments, under and over the marking.
 */
export function fallbackText(title: string, asOf: string | null, markdown: Uint8Array | null, attached: readonly string[], marking: string | null): string {
  const out: string[] = [];
  if (marking) out.push(wrap(clean(marking), WIDTH), '');
  if (markdown) out.push(Buffer.from(markdown).toString('utf8').replace(/\r\n?/g, '\n').trimEnd());
  else out.push(wrap(clean(title), WIDTH), ...(asOf ? [`As of ${humanDate(asOf)}`] : []));
  if (attached.length) out.push('', wrap(attachedLine(attached), WIDTH));
  if (marking) out.push('', wrap(clean(marking), WIDTH));
  return out.join('\n') + '\n';
}

/** A statement with its citations; "(hedged)" as in the PDF and the HTML body, so both parts say the same. */
function item(c: Claim): string {
  return wrap(`- ${clean(c.text)} ${cite(c.sources)}${c.hedged ? ' (hedged)' : ''}`, WIDTH, '  ');
}

/** Article text is data: no control characters, no line breaks of its own. */
export function clean(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
