import type { NoiseRule } from './types.js';

const SEPARATOR = /\s+(?:›|»|>|\/|\|)\s+/;

/** Navigation trails ("site.example › World › Asia"): short segments joined by arrows. */
export const breadcrumbs: NoiseRule = {
  name: 'breadcrumbs',
  test: (line) => {
    if (!/[›»>]/.test(line)) return false;
    const parts = line.split(SEPARATOR);
    return parts.length >= 2 && parts.every((p) => p.trim() && p.trim().split(/\s+/).length <= 4 && !/[.!?]$/.test(p.trim()));
  },
};
