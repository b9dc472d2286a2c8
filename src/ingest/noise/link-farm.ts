import type { NoiseRule } from './types.js';

const DOMAIN = String.raw`(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?`;
const LINE = new RegExp(String.raw`^(?:${DOMAIN})(?:\s*[|,·•]\s*${DOMAIN}|\s+${DOMAIN})*\s*\|?$`, 'i');

/** Lines made only of web addresses ("a.com | b.com | c.com"), or a bare address alone on a line. */
export const linkFarm: NoiseRule = {
  name: 'link-farm',
  test: (line) => LINE.test(line),
};
