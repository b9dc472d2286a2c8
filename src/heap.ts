import { setFlagsFromString } from 'node:v8';
// The CLI's full collection (between analysis and rendering) is the one used here between steps.
import { collectGarbage } from './cli/gc.js';

/**
 * Memory policy of a large analysis. V8 lets its heap grow to several times what is live before
 * it collects, and the analysis builds and drops large indexes step after step: on a corpus of
 * thousands of articles that is how 150 MB of live data became 700 MB of resident memory. So,
 * while a large corpus is analysed, the heap may grow by a fifth before a collection, and every
 * step of the consolidation ends with one. A small corpus is left to V8: collections would cost
 * more than they save.
 */
export interface HeapPolicy {
  /** Collects the garbage a finished step left (a full collection), when the corpus is large. */
  settle(): void;
  /** Restores V8's own growth once the analysis is over. */
  release(): void;
}

/** Sentences above which the analysis holds its heap down. */
const LARGE = 20_000;
const GROWTH_PERCENT = 20;

export function heapPolicy(sentences: number): HeapPolicy {
  if (sentences < LARGE) return { settle: () => undefined, release: () => undefined };
  setFlagsFromString(`--heap-growing-percent=${GROWTH_PERCENT}`);
  return {
    settle: collectGarbage,
    release: () => setFlagsFromString('--heap-growing-percent=0'),
  };
}
