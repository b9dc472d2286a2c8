import { BYLINE } from '../headers.js';
import { NAME } from './names.js';
import { MIDDLE, type LineContext, type NoiseRule } from './types.js';

/** "By Jane Doe", "By Jane Doe and Li Wei, Outlet": "By" and names, no sentence. */
const BY = /^by\s+(.{2,100})$/iu;
/** "Jane Doe and Li Wei", "Jane Doe, Li Wei, and Ana Ruiz": two names or more, nothing else. */
const NAMES = new RegExp(String.raw`^${NAME}(?:\s*,\s*${NAME})*,?\s+(?:and|&)\s+${NAME}$`, 'u');
/** "Jane Doe | Outlet" */
const NAME_BAR_OUTLET = new RegExp(String.raw`^${NAME}\s*\|\s*\p{Lu}[\p{L}&.'’ -]{1,40}$`, 'u');
/** An outlet in capitals on its own line ("DAILY EXAMPLE") under the names. */
const OUTLET_CAPS = /^\p{Lu}[\p{Lu}&.'’ -]{1,40}$/u;

/** Bylines sit just under the headline; lower down, a line of bare names may be a heading. */
const TOP = 5;

function isByline(line: string, at: LineContext): boolean {
  const by = BY.exec(line);
  if (by && BYLINE.test(by[1]!)) return true;
  // Index 0 is the headline of a plain-text article, which may well be two names.
  return at.index >= 1 && at.index < TOP && (NAMES.test(line) || NAME_BAR_OUTLET.test(line));
}

export const bylines: NoiseRule = {
  name: 'bylines',
  test(line, at = MIDDLE) {
    if (isByline(line, at)) return true;
    if (at.index >= TOP || at.prev === null || !OUTLET_CAPS.test(line) || line.split(/\s+/).length > 4) return false;
    return isByline(at.prev, { index: at.index - 1, fromEnd: at.fromEnd + 1, prev: null });
  },
};
