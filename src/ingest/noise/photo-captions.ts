import { endsWithCredit } from '../inline/photo-credits.js';
import type { NoiseRule } from './types.js';

const MARKER = new RegExp(
  [
    String.raw`^(?:enlarge\s+this\s+image|toggle\s+caption)\b`,
    String.raw`^facebook\s+twitter\s+pinterest\b`,
    String.raw`^(?:file\s+photo|photo|image|picture|caption)s?\s*:`,
    String.raw`\bphotograph\s*:\s*[^.!?]{1,80}$`,
  ].join('|'),
  'iu',
);
/** Most lines hold no cue; looking for one first spares the full patterns on long lines. */
const MARKER_CUE = /caption|image|pinterest|photo/i;
/** Longer than this, a line ending in a credit is a paragraph with a credit glued on; the inline rule cuts the credit. */
const CAPTION_MAX = 320;

/** Picture captions: a caption marker, or a short line that ends in a picture credit. */
export const photoCaptions: NoiseRule = {
  name: 'photo-captions',
  test: (line) => (MARKER_CUE.test(line) && MARKER.test(line)) || (line.length <= CAPTION_MAX && endsWithCredit(line)),
};
