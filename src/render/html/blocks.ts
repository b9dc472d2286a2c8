import type { Claim } from '../../model/schema.js';
import { MAX_CITES } from '../view.js';
import { esc } from './escape.js';
import type { Look } from './styles.js';

/** "[1][3]": each number refers to the Sources list (and links to it in brief.html). */
export function citeHtml(sources: readonly string[], look: Look): string {
  const nums = sources.slice(0, MAX_CITES).map((id) => {
    const n = esc(id.slice(1));
    return look.anchors ? `<a${look.at('cite')} href="#source-${n}">[${n}]</a>` : `[${n}]`;
  });
  const extra = sources.length > MAX_CITES ? ` +${sources.length - MAX_CITES}` : '';
  return look.anchors ? nums.join('') + extra : `<span${look.at('cite')}>${nums.join('')}${extra}</span>`;
}

/** A statement and its citations; "(hedged)" when the source reports it with a hedge. */
export function claimHtml(c: Claim, look: Look): string {
  return `${esc(c.text)} ${citeHtml(c.sources, look)}${c.hedged ? ` <span${look.at('hedged')}>(hedged)</span>` : ''}`;
}

export function claimList(items: readonly Claim[], look: Look): string {
  if (!items.length) return '';
  return `<ul${look.at('ul')}>\n${items.map((c) => `<li${look.at('li')}>${claimHtml(c, look)}</li>`).join('\n')}\n</ul>`;
}

export function h2(title: string, look: Look, id?: string): string {
  return `<h2${look.at('h2')}${id ? ` id="${esc(id)}"` : ''}>${esc(title)}</h2>`;
}

export function h3(title: string, look: Look): string {
  return `<h3${look.at('h3')}>${esc(title)}</h3>`;
}

export function note(text: string, look: Look, style: 'more' | 'empty' = 'more'): string {
  return `<p${look.at(style)}>${esc(text)}</p>`;
}

/**
 * A table whose cells are already HTML. Widths are percentages; the header repeats on every
 * printed page (thead), and a row is not split across pages where the browser can help it.
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], look: Look, strong: readonly number[] = []): string {
  const cols = widths.map((w) => `<col width="${w}%">`).join('');
  const th = head.map((h, i) => `<th${look.at('th')} width="${widths[i]}%">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, i) => `<td${look.at(strong.includes(i) ? 'tdStrong' : 'td')}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table${look.at('table')} cellpadding="0" cellspacing="0">\n<colgroup>${cols}</colgroup>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
