import { hedges, phraseSource } from '../data/index.js';

const HEDGE = new RegExp(`(?<![\\p{L}])(?:${phraseSource(hedges)})(?![\\p{L}])`, 'iu');

/** True when the claim is not stated as settled fact ("expected to", "reportedly", "may"). */
export function isHedged(text: string): boolean {
  return HEDGE.test(text);
}
