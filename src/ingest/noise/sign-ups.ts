import type { NoiseRule } from './types.js';

const PROMPT = new RegExp(
  [
    // An imperative at the start of a sentence: "Stay up to date... Sign up for our newsletter."
    String.raw`(?:^|[.!…]\s+)(?:sign\s+up|subscribe|register)\b.{0,80}\b(?:newsletters?|briefings?|inbox|alerts?|updates)\b`,
    String.raw`\bdelivered\s+(?:straight\s+|directly\s+)?to\s+your\s+inbox\b`,
    String.raw`\bby\s+signing\s+up,?\s+you\s+agree\b`,
    String.raw`\bmanage\s+newsletters\b`,
    // A paywall's pitch: "Support local journalism — subscribe from R$9.90 a month."
    String.raw`^support\s+(?:our|local|independent|quality|trusted)\s+journalism\b`,
    String.raw`\bis\s+reader-supported\b`,
    String.raw`(?:^|[.!]\s+)subscribe\s+(?:now\s+)?for\s+(?:full|unlimited|complete)\s+access\b`,
    String.raw`\bsubscribe\b.{0,80}\b(?:a|per)\s+(?:month|year|week)\b`,
  ].join('|'),
  'iu',
);

/** Most lines hold no cue; looking for one first spares the full pattern. */
const CUE = /sign|subscri|regist|inbox|newsletter|journalism|reader-supported/i;

/** Sign-up and newsletter prompts; the ad-markers rule takes the short ones that open a line. */
export const signUps: NoiseRule = {
  name: 'sign-ups',
  test: (line) => line.length <= 240 && CUE.test(line) && PROMPT.test(line),
};
