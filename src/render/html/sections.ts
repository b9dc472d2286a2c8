import type { Brief, Claim, KeyPoint } from '../../model/schema.js';
import { cap, humanDate, humanRange, keyFacts, LIMITS, type Capped } from '../view.js';
import { citeHtml, claimList, h2, note } from './blocks.js';
import { esc } from './escape.js';
import type { Look } from './styles.js';

/** The marking line, printed at the top and the foot of the brief. */
export function markingHtml(marking: string | null, look: Look): string {
  return marking?.trim() ? `<p${look.at('marking')}>${esc(marking.trim())}</p>` : '';
}

/** Title, as-of date and event span, the one-paragraph summary. */
export function titleBlock(b: Brief, look: Look): string {
  const span = b.event.start ? ` · Event: ${esc(humanRange(b.event.start, b.event.end))}` : '';
  return [
    `<h1${look.at('h1')}>${esc(b.title)}</h1>`,
    `<p${look.at('asOf')}><strong>As of ${esc(humanDate(b.asOf))}</strong>${span}</p>`,
    b.event.summary.trim() ? `<p${look.at('summary')}>${esc(b.event.summary)}</p>` : '',
  ].join('\n');
}

/** The key points: the event, what came of it, where it is contested, where sources disagree (in italics). */
export function keyPointsBox(points: readonly KeyPoint[], look: Look): string {
  if (!points.length) return '';
  const items = points.map((p) => `<li${look.at(p.role === 'discrepancy' ? 'liPointer' : 'li')}>${esc(p.text)} ${citeHtml(p.sources, look)}</li>`);
  return box('Key points', `<ul${look.at('ul')}>\n${items.join('\n')}\n</ul>`, look);
}

/** Who meets whom, where, when, on what evidence; the people named, as in the Markdown. */
export function keyFactsBox(b: Brief, look: Look, opts: { people: boolean }): string {
  const rows = keyFacts(b).map((f) => `<tr><td${look.at('factLabel')}>${esc(f.label)}</td><td${look.at('factValue')}>${esc(f.value)}</td></tr>`);
  const facts = `<table${look.at('facts')} cellpadding="0" cellspacing="0">\n${rows.join('\n')}\n</table>`;
  const people = opts.people ? peopleLine(b) : '';
  return box('Key facts', facts + (people ? `\n<p${look.at('people')}>${esc(people)}</p>` : ''), look);
}

/** A section of cited statements; `more` is the line under a capped list (null: none). */
export function claimSection(title: string, list: Capped<Claim>, more: string | null, look: Look): string {
  const body = list.items.length ? claimList(list.items, look) : note('Nothing in the sources.', look, 'empty');
  return section(h2(title, look), body, list.more && more ? note(more, look) : '');
}

export function section(...parts: string[]): string {
  return `<section>\n${parts.filter(Boolean).join('\n')}\n</section>`;
}

function box(title: string, inner: string, look: Look): string {
  return `<div${look.at('box')}>\n<p${look.at('boxTitle')}>${esc(title)}</p>\n${inner}\n</div>`;
}

function peopleLine(b: Brief): string {
  const { items, more } = cap(b.people, LIMITS.people);
  if (!items.length) return '';
  const list = items.map((p) => `${p.name}${p.role ? ` (${p.role}${p.country ? `, ${p.country}` : ''})` : ''}`).join('; ');
  return `People named: ${list}${more ? `; and ${more} more` : ''}.`;
}

