import type { InlineRule } from '../../../src/ingest/inline/index.js';
import { keptParts } from '../../../src/ingest/inline/index.js';

/** What one rule leaves of a line: the text between its cuts. */
export function afterRule(rule: InlineRule, text: string): string {
  let out = '';
  let at = 0;
  for (const [s, e] of [...rule.cuts(text)].sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, Math.max(at, s));
    at = Math.max(at, e);
  }
  return out + text.slice(at);
}

/** What all inline rules leave of a line, as the article cleaner keeps it. */
export const afterAll = (text: string): string => keptParts({ text, orig: 0 }).map((p) => p.text).join('');
