import { nearestNoun, nearestNounAt, valueConflicts } from '../value-conflicts.js';
import { sameSubject } from '../subject.js';
import type { Detector } from '../types.js';
import { sayings, verb } from '../words.js';

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
      // The quote shows the occasion, preferably the one before the value ("the talks … lasted 90 minutes").
      subject: (s, v) => {
        const before = nearestNounAt(s.text.slice(0, v.start), v.start, EVENT_NOUN);
        const n = before ?? nearestNounAt(s.text, v.start, EVENT_NOUN);
        return n ? [[n.start, n.end]] : [];
      },
      note: (sides, topic) => sayings(sides, (v, p) => `${verb('put', p)} the ${topic.replace(/^Length of the /, 'length of the ')} at ${v}`, (v) => `at ${v}`),
    }),
};
