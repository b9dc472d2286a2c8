import type { Event } from '../model/schema.js';

/**
 * A weekday names the nearest such day only if nothing better is known: when the visit's dates
 * are known, "the banquet on Wednesday" is the Wednesday of the visit.
 */
export function withinEvent(date: string, reference: string, event: Event): string {
  if (!event.start) return date;
  const end = event.end ?? event.start;
  const ref = new Date(`${reference}T00:00:00Z`);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  for (let k = -7; k <= 14; k++) {
    const c = new Date(ref);
    c.setUTCDate(c.getUTCDate() + k);
    const iso = c.toISOString().slice(0, 10);
    if (c.getUTCDay() === weekday && iso >= event.start && iso <= end) return iso;
  }
  return date;
}
