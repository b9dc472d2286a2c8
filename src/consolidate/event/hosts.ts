import { titles } from '../../data/index.js';
import { sentencesOf, type EventContext } from './context.js';
import type { Standing } from './salience.js';

const HOST_CUE = /(?:invitation of|hosted by|host(?:s|ed|ing)?|welcomed by|received by|chaired by|welcom(?:e|es|ed|ing))\s+(?:\S+\s+){0,4}$|^\S*\s*(?:,\s*)?(?:who\s+(?:is\s+|was\s+)?)?(?:(?:will|to)\s+)?(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|greet(?:s|ed)?|receiv(?:e|es|ed|ing)|chair(?:s|ed|ing)?)\b|(?:host|chair)\s+(?:of\s+the\s+\S+\s+)?\S*,?\s*$/i;
const HEAD_OF_STATE = new Set(titles.titles.filter((t) => t.rank === 1).map((t) => t.title));

/** Two leaders in the order the corpus names them together ("Doe and Roe", "the Doe-Roe summit"). */
export function writtenOrder(ctx: EventContext, a: Standing, b: Standing): [Standing, Standing] {
  let first = 0;
  for (const s of sentencesOf(ctx, a.person)) {
    if (!ctx.counts(s.sentence.source) || !b.person.sentences.has(s.sentence.id)) continue;
    const i = s.sentence.text.indexOf(a.person.surname);
    const j = s.sentence.text.indexOf(b.person.surname);
    if (i >= 0 && j >= 0) first += i < j ? 1 : -1;
  }
  return first < 0 ? [b, a] : [a, b];
}

/** Named as hosting, welcoming or receiving somewhere in the corpus. */
export function hostedBy(ctx: EventContext, s: Standing): boolean {
  return hostSources(ctx, s).length > 0;
}

/** The sources that name the person hosting, chairing, welcoming or receiving. */
export function hostSources(ctx: EventContext, s: Standing): string[] {
  let known = hostsRead.get(ctx);
  if (!known) hostsRead.set(ctx, (known = new Map()));
  let found = known.get(s.person);
  if (!found) known.set(s.person, (found = readHostSources(ctx, s)));
  return [...found];
}

/** Asked again and again of the same leaders while the event is decided: read once per context. */
const hostsRead = new WeakMap<EventContext, Map<Standing['person'], string[]>>();

function readHostSources(ctx: EventContext, s: Standing): string[] {
  const out = new Set<string>();
  for (const a of sentencesOf(ctx, s.person)) {
    if (!ctx.counts(a.sentence.source)) continue;
    const text = a.sentence.text;
    const at = text.indexOf(s.person.surname);
    if (at < 0) continue;
    if (HOST_CUE.test(text.slice(Math.max(0, at - 50), at)) || HOST_CUE.test(text.slice(at + s.person.surname.length, at + s.person.surname.length + 40))) out.add(a.sentence.source);
  }
  return [...out];
}

/** The host among the destination's leaders: a head of state for a state visit, else the one named hosting, else the most salient. */
export function pickHost(ctx: EventContext, locals: readonly Standing[], stateVisit = false): Standing | null {
  if (!locals.length) return null;
  if (stateVisit) {
    const head = locals.find((s) => s.person.role && HEAD_OF_STATE.has(s.person.role));
    if (head) return head;
  }
  return locals.find((s) => hostedBy(ctx, s)) ?? locals[0]!;
}
