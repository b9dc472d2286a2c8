import { valueConflicts } from '../value-conflicts.js';
import type { Detector } from '../types.js';
import type { Value } from '../values.js';
import { sayings, verb } from '../words.js';

/** What a magnitude counts, in the text's own words: "thousands of Japanese firms" → "Japanese firms". */
const counted = (v: Value) => v.text.replace(/^(?:hundreds of thousands|tens of thousands|dozens|hundreds|thousands|millions|billions) of /i, '');

/** "thousands of jobs" against "millions of jobs". */
export const magnitudeConflict: Detector = {
  name: 'magnitude-conflict',
  kind: 'conflict',
  detect: (ctx) =>
    valueConflicts(ctx, {
      kind: 'magnitude',
      comparable: () => true,
      keys: (_s, v) => [v.unit],
      topic: (_a, _b, va) => `How many ${counted(va)}`,
      note: (sides) => sayings(sides, (v, p) => `${verb('speak', p)} of ${v}`, (v) => `of ${v}`),
    }),
};
