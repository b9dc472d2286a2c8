import type { NoiseRule } from './types.js';

const NOTE = new RegExp(
  [
    String.raw`^editor['’]?s\s+note\s*:`,
    String.raw`^corrections?\s*(?::|(?:and|&)\s+clarifications?\b|[,(]\s*[^:()]{1,30}\)?\s*:)`,
    String.raw`^(?:an\s+)?earlier\s+version\s+of\s+this\s+(?:story|article|report|post)\b`,
    String.raw`^this\s+(?:story|article|report|post)\s+(?:has\s+been|was|is\s+being)\s+(?:updated|corrected|amended|revised)\b`,
    // An archive banner: "This article is more than 2 years old".
    String.raw`^this\s+(?:article|story)\s+is\s+more\s+than\s+\d+\s+(?:years?|months?|weeks?|days?)\s+old\.?$`,
    // "--Updated 10:05 a.m.", a short stamp set off by dashes (the credits rule takes the plain one).
    String.raw`^[-–—]{1,3}\s*updated\b.{0,40}$`,
    // The label of a closed video player.
    String.raw`^close$`,
    // A section label alone on a line: "ANALYSIS/OPINION:".
    String.raw`^(?:analysis|opinion|commentary|editorial)(?:\s*\/\s*(?:analysis|opinion|commentary))?\s*:?$`,
  ].join('|'),
  'iu',
);

/** Editors' notes, corrections, update stamps and section labels: about the page, not the event. */
export const editorNotes: NoiseRule = {
  name: 'editor-notes',
  test: (line) => NOTE.test(line),
};
