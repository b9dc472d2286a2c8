import { valueConflicts } from '../value-conflicts.js';
import type { Detector } from '../types.js';

/** "thousands of jobs" against "millions of jobs". */
export const magnitudeConflict: Detector = {
  name: 'magnitude-conflict',
  kind: 'conflict',
  detect: (ctx) =>
    valueConflicts(ctx, {
      kind: 'magnitude',
      comparable: () => true,
      keys: (_s, v) => [v.unit],
      topic: (_a, _b, va) => `Scale: how many ${va.unit}`,
      note: (va, vb) => `The orders of magnitude differ: ${va.text} against ${vb.text}.`,
    }),
};
