import type { Line } from '../lines.js';
import { nameTooltips } from './name-tooltips.js';
import { photoCredits } from './photo-credits.js';
import { tweetLinks } from './tweet-links.js';
import type { Cut, InlineRule } from './types.js';
import { updateStamps } from './update-stamps.js';

export type { Cut, InlineRule } from './types.js';

/** Every inline rule. Adding a rule is adding a file and a line here. */
export const inlineRules: InlineRule[] = [nameTooltips, tweetLinks, photoCredits, updateStamps];

/** The cuts of every rule on one line, sorted and merged where they touch or overlap. */
export function cutsOf(text: string): Cut[] {
  const all = inlineRules.flatMap((r) => r.cuts(text)).filter(([s, e]) => e > s);
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of all) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/**
 * The parts of a line that are not inline furniture, each at its true offset in the file, so that
 * every kept character still maps back to the character it was read from. The line's outer white
 * space is trimmed; an empty array means the whole line was furniture.
 */
export function keptParts(line: Line): Line[] {
  const cuts = cutsOf(line.text);
  if (!cuts.length) return [line];
  const parts: Line[] = [];
  let at = 0;
  for (const [s, e] of [...cuts, [line.text.length, line.text.length] as const]) {
    if (s > at) parts.push({ text: line.text.slice(at, s), orig: line.orig + at });
    at = Math.max(at, e);
  }
  while (parts.length && !parts[0]!.text.trim()) parts.shift();
  while (parts.length && !parts[parts.length - 1]!.text.trim()) parts.pop();
  if (!parts.length) return parts;
  const first = parts[0]!;
  const lead = first.text.length - first.text.trimStart().length;
  parts[0] = { text: first.text.slice(lead), orig: first.orig + lead };
  const last = parts[parts.length - 1]!;
  parts[parts.length - 1] = { text: last.text.trimEnd(), orig: last.orig };
  return parts;
}
