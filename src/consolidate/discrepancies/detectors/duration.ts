import { nearestNoun, valueConflicts } from '../value-conflicts.js';
import { sameSubject } from '../subject.js';
import type { Detector } from '../types.js';

const EVENT_NOUN = /\b(?:talks|meeting|lunch|luncheon|dinner|banquet|session|call|discussions?|conversation|ceremony|sitting|plenary|consultations|press conference|tour)\b/gi;

/** "The talks lasted 90 minutes" against "two hours of talks". */
export const durationConflict: Detector = {
  name: 'duration-conflict',
  kind: 'conflict',
  detect: (ctx) =>
    valueConflicts(ctx, {
      kind: 'duration',
      comparable(a, b, va, vb) {
        const na = nearestNoun(a.text, va.start, EVENT_NOUN);
        return !!na && na === nearestNoun(b.text, vb.start, EVENT_NOUN) && sameSubject(a, b, 1, 0);
      },
      topic: (a, _b, va) => `Length of the ${nearestNoun(a.text, va.start, EVENT_NOUN)}`,
      note: (va, vb) => `One source gives ${va.text}, the other ${vb.text}: the durations cannot both be right.`,
    }),
};
