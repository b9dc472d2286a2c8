import type { Discrepancy, DiscrepancyKind } from '../../model/schema.js';
import { attributionConflict } from './detectors/attribution.js';
import { countConflict } from './detectors/count.js';
import { durationConflict } from './detectors/duration.js';
import { eventDateConflict } from './detectors/event-date.js';
import { firstSinceConflict } from './detectors/first-since.js';
import { framingContrast } from './detectors/framing.js';
import { magnitudeConflict } from './detectors/magnitude.js';
import { moneyConflict } from './detectors/money.js';
import { placeConflict } from './detectors/place.js';
import { statusConflict } from './detectors/status.js';
import { uncorroborated } from './detectors/uncorroborated.js';
import { wordingDifference } from './detectors/wording.js';
import type { Context, Detector } from './types.js';
import { forgetValues } from './values.js';

export { buildContext } from './context.js';

/** Every detector. Adding one is adding a file and a line here. */
export const detectors: Detector[] = [
  durationConflict,
  moneyConflict,
  countConflict,
  magnitudeConflict,
  eventDateConflict,
  placeConflict,
  firstSinceConflict,
  attributionConflict,
  statusConflict,
  wordingDifference,
  framingContrast,
  uncorroborated,
];

const ORDER: DiscrepancyKind[] = ['conflict', 'attribution', 'status', 'wording', 'framing', 'uncorroborated'];

/**
 * Runs every detector (each gives one row per disagreement, every source on its side); conflicts
 * first, then the rows more sources are party to, then by what they are about. Never by source id
 * or file order: the same articles under other names give the same list.
 */
export function findDiscrepancies(ctx: Context): Discrepancy[] {
  let all: Discrepancy[];
  try {
    all = detectors.flatMap((d) => d.detect(ctx));
  } finally {
    forgetValues();
  }
  // A claim already shown as contested is not also listed as uncorroborated.
  const contested = all.filter((d) => d.kind !== 'uncorroborated').flatMap((d) => d.claims.map((c) => c.quote));
  const isContested = (q: string) => contested.some((c) => c.includes(q) || q.includes(c));
  const kept = new Map<DiscrepancyKind, number>();
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return all
    .filter((d) => d.kind !== 'uncorroborated' || !d.claims.some((c) => isContested(c.quote)))
    .map((d) => ({ d, sources: new Set(d.claims.map((c) => c.source)).size }))
    .sort((a, b) => ORDER.indexOf(a.d.kind) - ORDER.indexOf(b.d.kind) || b.sources - a.sources || byText(a.d.topic, b.d.topic) || byText(a.d.note, b.d.note))
    .map(({ d }) => d)
    .filter((d) => {
      const n = kept.get(d.kind) ?? 0;
      kept.set(d.kind, n + 1);
      return n < CAP[d.kind];
    });
}

/** A brief lists the disagreements that matter most; a corpus of thousands can have hundreds. */
const CAP: Record<DiscrepancyKind, number> = { conflict: 25, attribution: 8, status: 8, wording: 8, framing: 3, uncorroborated: 6 };
