import type { NoiseRule } from './types.js';

const WIDGET = new RegExp(
  [
    // Galleries: "Photos: Title Caption one. Hide Caption 1 of 12 Photos: Title Caption two …"
    String.raw`\bhide\s+caption\s+\d+\s+of\s+\d+\b`,
    String.raw`^slideshow\s*\(\d+\s+(?:images?|photos?)\)$`,
    // Video players: "JUST WATCHED Title Replay More Videos ... MUST WATCH Title 02:28", "Play Video 3:10 Title"
    String.raw`^just\s+watched\b.*\breplay\b`,
    String.raw`\bmust\s+watch\b.*\b\d{1,2}:\d{2}$`,
    String.raw`^play\s+video\s+\d{1,2}:\d{2}\b`,
    // A TV promotion: "Watch the full interview on Example News at 9 p.m. ET"
    String.raw`^(?:now\s+)?(?:watch|listen|tune\s+in)\b.{0,120}\b(?:at|on)\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?:\s|$)`,
  ].join('|'),
  'iu',
);
/** Most lines hold no cue; looking for one first spares the full patterns on long lines. */
const WIDGET_CUE = /caption|slideshow|watch|play|listen|tune/i;
/** An audio or video clip's label with its running time: "Remarks at the airport 0:48". */
const CLIP = /^[^.!?]{3,80}\s0\d?:[0-5]\d$/u;

/** Galleries, video players and clip labels: what a page plays or shows, not what it says. */
export const mediaWidgets: NoiseRule = {
  name: 'media-widgets',
  test: (line) => (line.length <= 160 && CLIP.test(line)) || (WIDGET_CUE.test(line) && WIDGET.test(line)),
};
