import type { LineContext } from '../../../src/ingest/noise/index.js';

/** A line's place in an article: `index` from the top, `fromEnd` from the last line of text. */
export const at = (index: number, fromEnd: number, prev: string | null = null): LineContext => ({ index, fromEnd, prev });
/** A line deep inside a long article. */
export const middle = at(20, 20, 'The talks resumed on Tuesday.');
/** The last line of an article. */
export const last = at(30, 0, 'The talks resumed on Tuesday.');
/** The line under the headline. */
export const top = at(1, 30, 'Ruritania and Velmonia sign trade pact');
