import { BULLET, NAME } from './names.js';
import { MIDDLE, type NoiseRule } from './types.js';

/** Names, outlets and "and", capitalised as credits are: "Jane Doe and The Example Agency", "Example News’ Li Wei". */
const CREDITED = String.raw`(?:(?:\p{Lu}[\p{L}'’.-]*|and|&|the|of),?\s+){1,14}?`;
const REPORT = String.raw`(?:report|story|article)`;
/** Case matters in these: a credit is written in names. */
const CREDIT = new RegExp(String.raw`^${BULLET}${CREDITED}(?:also\s+)?contributed\s+(?:reporting\s+)?to\s+this\s+${REPORT}\.?$`, 'u');
const NOTE = new RegExp(
  [
    String.raw`^${BULLET}contributing\s*:\s*\S.{0,160}$`,
    String.raw`^${BULLET}this\s+${REPORT}\s+(?:is|was)\s+based\s+(?:in\s+part\s+)?on\b.{0,100}$`,
    // "This story was reported by The Example Press. Example writers … contributed to this report."
    String.raw`^${BULLET}this\s+${REPORT}\s+was\s+(?:reported|written|produced|compiled)\s+by\b.{0,400}$`,
  ].join('|'),
  'iu',
);
/** "Jane Doe contributed." and "Jane Doe reported from Velmont." are notes only as an article's last words. */
const AT_END = new RegExp(
  [
    // People's names only: "Ruritania and Velmonia also contributed." ends many a story about aid.
    String.raw`^${BULLET}${NAME}(?:(?:,|,?\s+and)\s+${NAME})*\s+(?:also\s+)?contributed\.?$`,
    String.raw`^${BULLET}${NAME}\s+reported\s+from\s+\p{Lu}[\p{L}.,'’ -]{1,40}\.$`,
  ].join('|'),
  'u',
);

/** Every note has one of these words; most lines have none and are passed over cheaply. */
const CUE = /contribut|based|reported/i;

/** Notes crediting the reporters and agencies who contributed: furniture, and full of names that are not news. */
export const contributors: NoiseRule = {
  name: 'contributors',
  test: (line, at = MIDDLE) => CUE.test(line) && (CREDIT.test(line) || NOTE.test(line) || (at.fromEnd < 3 && AT_END.test(line))),
};
