import { adMarkers } from './ad-markers.js';
import { breadcrumbs } from './breadcrumbs.js';
import { credits } from './credits.js';
import { linkFarm } from './link-farm.js';
import { shareButtons } from './share-buttons.js';
import type { NoiseRule } from './types.js';

export type { NoiseRule } from './types.js';

/** Every boilerplate rule. Adding a rule is adding a file and a line here. */
export const noiseRules: NoiseRule[] = [shareButtons, linkFarm, adMarkers, breadcrumbs, credits];

/** The first rule a line breaks, or null when it is article text. */
export function noiseOf(line: string): string | null {
  const t = line.trim();
  if (!t) return null;
  for (const rule of noiseRules) if (rule.test(t)) return rule.name;
  return null;
}
