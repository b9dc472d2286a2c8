import { editDistance as distance } from '../edit-distance.js';

/** "Did you mean …?": the nearest candidate by edit distance, if it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  // A third of the word, at least one edit: "biuld" → build, "ouut" → out, never "x" → mail.
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}

