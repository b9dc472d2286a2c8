import type { NoiseRule } from './types.js';

const TOKEN = String.raw`(?:icon-[\w-]+|share(?:\s+(?:on|via|this(?:\s+(?:article|story|page))?))?|tweet|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|e-?mail|print|copy\s+link|messenger)`;
const LINE = new RegExp(String.raw`^(?:${TOKEN}[\s|·•,:/]*)+$`, 'i');

export const shareButtons: NoiseRule = {
  name: 'share-buttons',
  test: (line) => LINE.test(line) && /icon-|share|tweet|facebook|twitter|whatsapp|linkedin|telegram/i.test(line),
};
