import type { Discrepancy } from '../../model/schema.js';
import { furtherLine, type Selection } from '../selection.js';
import { humanDate, humanRange, sidesOf, type Capped } from '../view.js';
import { citeHtml, claimHtml, h2, note, table } from './blocks.js';
import { esc } from './escape.js';
import { section } from './sections.js';
import type { Look } from './styles.js';

/** The programmes table: a sentence several programmes share is one row naming them all. */
export function programmesSection(sel: Selection, look: Look): string {
  const rows = sel.programmeRows.map((row) => {
    const names = row.programmes
      .map((p) => `${esc(p.name)}${p.aliases.length ? `<br><span${look.at('alias')}>also ${esc(p.aliases.join(', '))}</span>` : ''}`)
      .join('<br>');
    const facts = row.facts.map((f) => `<div${look.at('side')}>${row.facts.length > 1 ? '• ' : ''}${claimHtml(f, look)}</div>`).join('');
    const more = row.more ? note(furtherLine(row.more, sel.length), look) : '';
    return [names, facts + more, citeHtml(row.sources, look)];
  });
  const body = rows.length ? table(['Programme', 'What is said', 'Sources'], rows, [20, 66, 14], look, [0]) : note('No defence programme is named in the sources.', look, 'empty');
  const more = sel.programmes.more ? note(furtherLine(sel.programmes.more, sel.length, 'programmes'), look) : '';
  return section(h2('Defence programmes', look), body, more);
}

export function timelineSection(sel: Selection, look: Look): string {
  const { items, more } = sel.timeline;
  const rows = items.map((t) => [esc(t.end ? humanRange(t.date, t.end) : humanDate(t.date)), `${esc(t.text)} ${citeHtml(t.sources, look)}`]);
  const body = rows.length ? table(['When', 'What'], rows, [20, 80], look, [0]) : note('No dated events in the sources.', look, 'empty');
  return section(h2('Timeline', look), body, more ? note(furtherLine(more, sel.length, 'dated events'), look) : '');
}

/**
 * Where the sources disagree: the topic, the kind of disagreement, each side with every source on
 * it and its most telling quote, and why it counts as a disagreement. `more` is the line under a
 * capped table (null: none).
 */
export function discrepanciesSection(list: Capped<Discrepancy>, more: string | null, look: Look): string {
  const rows = list.items.map((d) => {
    const sides = sidesOf(d).map((side) => {
      const n = side.sources.length;
      const head = `${n} source${n === 1 ? '' : 's'} ${citeHtml(side.sources, look)}${side.value ? `: ${esc(side.value)}` : ''}`;
      return `<div${look.at('side')}><strong>${head}</strong> “${esc(side.quote)}”</div>`;
    });
    // The kind goes under the topic: three columns still read on a phone's width.
    return [`${esc(d.topic)}<br><span${look.at('kind')}>${esc(d.kind.charAt(0).toUpperCase() + d.kind.slice(1))}</span>`, sides.join(''), esc(d.note)];
  });
  const body = rows.length ? table(['Topic', 'What the sources say', 'Why'], rows, [22, 48, 30], look, [0]) : note('No discrepancies found between the sources.', look, 'empty');
  return section(h2('Source discrepancies', look), body, list.more && more ? note(more, look) : '');
}
