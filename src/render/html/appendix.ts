import type { Brief, Source } from '../../model/schema.js';
import type { Selection } from '../selection.js';
import { changesView, excludedNote, humanDate, LIMITS } from '../view.js';
import { claimList, h2, h3, note } from './blocks.js';
import { esc, httpUrl } from './escape.js';
import { section } from './sections.js';
import type { Look } from './styles.js';

/** `--length full`: every statement the body left out, by section. */
export function annexSection(sel: Selection, look: Look): string {
  if (!sel.annex.length) return '';
  return section(h2('Annex: further statements', look), ...sel.annex.map((s) => `${h3(s.title, look)}\n${claimList(s.items, look)}`));
}

/**
 * One line per source, numbered as the citations are. `full` adds the file, the word count and
 * what became of a copy or a stray; the mail prints the short form. Only an http(s) URL is a link.
 */
export function sourceLine(s: Source, look: Look, full: boolean): string {
  const n = s.id.slice(1);
  const when = s.published ? humanDate(s.published) : 'undated';
  const href = httpUrl(s.url);
  const url = s.url ? (href ? `<a${look.at('link')} href="${esc(href)}">${esc(s.url)}</a>` : esc(s.url)) : '';
  const parts = [`<span${look.at('srcNum')}>[${esc(n)}]</span> <strong>${esc(s.outlet)}</strong> — ${esc(s.title)} (${esc(when)}).`];
  if (full) {
    parts.push(`${esc(s.file)}${url ? `, ${url}` : ''}. ${s.words} words.`);
    if (s.duplicateOf) parts.push(`Republished copy of [${esc(s.duplicateOf.slice(1))}].`);
    if (s.excluded) parts.push(`<strong>${esc(excludedNote(s.excluded))}</strong>`);
  } else if (url) parts.push(url);
  return `<p${look.at('source')} id="source-${esc(n)}">${parts.join(' ')}</p>`;
}

export function sourcesSection(sources: readonly Source[], more: string | null, look: Look, full: boolean, title = 'Sources'): string {
  return section(h2(title, look, 'sources'), sources.map((s) => sourceLine(s, look, full)).join('\n'), more ? note(more, look) : '');
}

/** The warnings of the run, as the PDF and the Markdown print them under the sources. */
export function warningsBlock(b: Brief, look: Look): string {
  if (!b.warnings.length) return '';
  const lines = b.warnings.slice(0, LIMITS.warnings).map((w) => `<p${look.at('warning')}>${esc(`${w.file ? `${w.file}: ` : ''}${w.message}`)}</p>`);
  const more = b.warnings.length > LIMITS.warnings ? note(`…and ${b.warnings.length - LIMITS.warnings} more warnings.`, look) : '';
  return [h3('Warnings', look), ...lines, more].filter(Boolean).join('\n');
}

export function changesSection(b: Brief, look: Look): string {
  const c = changesView(b);
  if (!c) return '';
  if (c.first) return section(h2('Changes since the last brief', look), note('This is the first edition of this brief in this folder.', look, 'empty'));
  const groups = c.groups.map((g) => `${h3(g.title, look)}\n${claimList(g.items, look)}`);
  return section(h2('Changes since the last brief', look), `<p${look.at('summary')}>${esc(c.intro)}</p>`, ...groups, c.more ? note(`…and ${c.more} more changes.`, look) : '');
}

