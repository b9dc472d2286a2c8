import { hedges, phraseSource } from '../data/index.js';

// Modal verbs are matched in lower case only, so the month ("in May") is not a hedge.
const MODALS = new Set(['may', 'might', 'could', 'would']);
const HEDGE = new RegExp(`(?<![\\p{L}])(?:${phraseSource(hedges.filter((h) => !MODALS.has(h)))})(?![\\p{L}])`, 'iu');
const MODAL = new RegExp(`(?<![\\p{L}])(?:${[...MODALS].join('|')})(?![\\p{L}])`, 'u');

/** True when the claim is not stated as settled fact ("expected to", "reportedly", "may"). */
export function isHedged(text: string): boolean {
  return HEDGE.test(text) || MODAL.test(text);
}
