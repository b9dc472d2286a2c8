import type { NoiseRule } from './types.js';

const LINE = new RegExp(
  [
    String.raw`^(?:advertisement|advertising|advert|ad|sponsored(?:\s+content)?|promoted(?:\s+content)?|story continue[sd] below(?: advertisement)?|read more)\s*[:.]?$`,
    String.raw`^(?:also\s+read|read\s+(?:more|also|next)|related(?:\s+(?:stories|articles|news))?|recommended|watch|listen|more\s+from\s+\S.*?|trending|must\s+read|don['’]t\s+miss)(?:\s*[:|>»]|\s+[-–—]\s).*$`,
    String.raw`^(?:subscribe|sign\s+up|follow\s+us|join\s+our|download\s+(?:our|the)\s+app|get\s+the\s+latest|click\s+here)\b.{0,120}$`,
    String.raw`^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,160}$`,
    String.raw`^all\s+rights\s+reserved\.?$`,
    String.raw`^(?:we\s+use\s+cookies|accept\s+(?:all\s+)?cookies)\b.*$`,
  ].join('|'),
  'i',
);

export const adMarkers: NoiseRule = {
  name: 'ad-markers',
  test: (line) => LINE.test(line),
};
