import type { Brief, Source } from '../model/schema.js';
import { select, type Selection } from '../render/selection.js';
import { sidesOf } from '../render/view.js';

/** What the mail's two bodies print: the standard selection's opening sections, and the sources they cite. */
export interface MailContent {
  sel: Selection;
  /** Every source a printed [n] points to, in the Sources order. */
  cited: Source[];
  /** The files attached, with what each is: "x.pdf (PDF)". */
  attached: string[];
  marking: string | null;
}

export function mailContent(brief: Brief, attached: string[], marking: string | null): MailContent {
  const sel = select(brief, 'standard');
  const ids = new Set([...sel.keyPoints, ...sel.overview.items].flatMap((c) => c.sources));
  for (const d of sel.discrepancies.items) for (const side of sidesOf(d)) side.sources.forEach((id) => ids.add(id));
  return { sel, cited: brief.sources.filter((s) => ids.has(s.id)), attached, marking };
}

/** "…and 3 more in the attached brief.": where the mail's reader finds what the body leaves out. */
export function moreLine(more: number, what: string): string {
  return `…and ${more} more ${more === 1 ? what.replace(/s$/, '') : what} in the attached brief.`;
}

/** "The full brief is attached: a.pdf (PDF), a.md (Markdown)." */
export function attachedLine(attached: readonly string[]): string {
  if (!attached.length) return '';
  return `The full brief is attached: ${attached.length > 1 ? `${attached.slice(0, -1).join(', ')} and ${attached.at(-1)}` : attached[0]}.`;
}
