import type { NoiseRule } from './types.js';

const LINE = new RegExp(
  [
    String.raw`^\(?\s*(?:reporting|writing|editing|additional reporting|compiled|edited|written)\s+by\b.{0,160}\)?\.?$`,
    String.raw`^(?:photo|image|picture|file photo|image caption|caption|credit|photo credit|video)\s*[:|]\s*.{0,160}$`,
    String.raw`^(?:getty images|reuters|afp|ap photo|ani photo|pti photo|shutterstock)(?:\s*/\s*[\p{L} .]+)?$`,
    String.raw`^(?:last\s+)?updated\s*:?\s*.{0,60}\d{1,2}:\d{2}.{0,20}$`,
    String.raw`^(?:listen to (?:this|the) (?:article|story)|\d+\s+min(?:ute)?s?\s+read|print\s+this\s+article|font\s+size)\b.{0,40}$`,
  ].join('|'),
  'iu',
);

/** Bylines of editors and photographers, picture captions, reading times: page furniture. */
export const credits: NoiseRule = {
  name: 'credits',
  test: (line) => LINE.test(line),
};
