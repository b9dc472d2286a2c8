import { sameTimeFrame } from '../subject.js';
import { valueConflicts } from '../value-conflicts.js';
import type { Detector } from '../types.js';

const SIGNING = /\b(?:sign|signed|signing|conclude|concluded|adopt|adopted|ink|inked|expected|finalise|finalize)\b/i;

/** "five agreements" against "a dozen MoUs" for the same signing. */
export const countConflict: Detector = {
  name: 'count-conflict',
  kind: 'conflict',
  detect: (ctx) =>
    valueConflicts(ctx, {
      kind: 'count',
      comparable: (a, b) => SIGNING.test(a.text) && SIGNING.test(b.text) && sameTimeFrame(a, b) && !/\b(?:so far|since|previous|earlier|last)\b/i.test(a.text + b.text),
      topic: () => 'Number of agreements',
      note: (va, vb) => `The sources count the agreements differently: ${va.text} against ${vb.text}.`,
    }),
};
