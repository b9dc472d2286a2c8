import type { Annotated } from '../extract/index.js';
import type { Claim, Span } from '../model/schema.js';
import { toClaim, type ClaimGroup } from './claims.js';

/** The words a sentence is printed with when it is read alone: itself, or joined with the one it leans on. */
export type Tell = (a: Annotated, join: boolean) => { text: string; spans: Span[] } | null;

/**
 * Programme facts as claims a reader can take alone. "It is due in 2029." and any fact that does
 * not name the programme are printed after the sentence before, from that one source, since only it wrote the pair; a fact that
 * cannot be read alone is left out; a fact whose words a joined pair already prints is not repeated.
 */
export function readableFacts(groups: readonly ClaimGroup[], names: (g: ClaimGroup) => boolean, tell?: Tell): Claim[] {
  if (!tell) return groups.map(toClaim);
  const out: Claim[] = [];
  for (const g of groups) {
    // "Deliveries are due in 2033." follows the sentence that says what is delivered.
    const told = tell(g.lead, !names(g));
    if (!told) continue;
    if (told.text === g.lead.sentence.text) out.push(toClaim(g));
    else out.push({ text: told.text, sources: [g.lead.sentence.source], spans: told.spans, ...(g.lead.hedged ? { hedged: true } : {}) });
  }
  return out.filter((c) => !out.some((d) => d !== c && d.text.length > c.text.length && d.text.includes(c.text) && c.sources.every((s) => d.sources.includes(s))));
}
