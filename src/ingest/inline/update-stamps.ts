import type { Cut, InlineRule } from './types.js';

/**
 * Live pages open each entry with its time: "Updated at 10:21 a.m. ET: The minister then said …".
 * The stamp is the page's, not the event's; the entry after it is kept. (A stamp alone on a line
 * is dropped whole by the credits line rule.)
 */
const STAMP = /^(?:[-–—]+\s*)?(?:last\s+)?updated(?:\s+at)?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[:—–-]\s+(?=\S)/iu;

export const updateStamps: InlineRule = {
  name: 'update-stamps',
  cuts(text) {
    const m = STAMP.exec(text);
    return m ? [[0, m[0].length] as Cut] : [];
  },
};
