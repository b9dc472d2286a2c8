import { military, phraseSource } from '../../data/index.js';

const DEFENCE = new RegExp(`(?<![\\p{L}])(?:${phraseSource([...military.defenceWords, ...military.strong])})(?![\\p{L}])`, 'giu');

/** How much a sentence is about defence: its defence words and weapon nouns, each counted once. */
export function defenceScore(text: string): number {
  return new Set([...text.matchAll(DEFENCE)].map((m) => m[0].toLowerCase())).size * 1.5;
}
