import { sameTimeFrame } from '../subject.js';
import { valueConflicts } from '../value-conflicts.js';
import type { Detector } from '../types.js';
import { sayings, verb } from '../words.js';

const SIGNING = /\b(?:sign|signed|signing|conclude|concluded|adopt|adopted|ink|inked|expected|finalise|finalize)\b/i;
const SIGNING_ALL = new RegExp(SIGNING.source, 'gi');

/** "five agreements" against "a dozen MoUs" for the same signing. */
export const countConflict: Detector = {
  name: 'count-conflict',
  kind: 'conflict',
  detect: (ctx) =>
    valueConflicts(ctx, {
      kind: 'count',
      comparable: (a, b) => SIGNING.test(a.text) && SIGNING.test(b.text) && sameTimeFrame(a, b) && !/\b(?:so far|since|previous|earlier|last)\b/i.test(a.text + b.text),
      topic: () => 'Number of agreements',
      // The quote shows the signing verb with the count: "five agreements are set to be signed".
      subject: (s, v) => {
        const near = [...s.text.matchAll(SIGNING_ALL)].sort((x, y) => Math.abs(x.index - v.end) - Math.abs(y.index - v.end))[0];
        return near ? [[near.index, near.index + near[0].length]] : [];
      },
      note: (sides) => sayings(sides, (v, p) => `${verb('count', p)} ${v}`, (v) => v),
    }),
};
