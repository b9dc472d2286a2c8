import { describe, expect, it } from 'vitest';
import { authorBios } from '../../../src/ingest/noise/author-bios.js';
import { at, last, middle, top } from './place.js';

describe('author-bios', () => {
  it.each([
    'Jane Doe is a senior fellow at the Example Institute for Peace.',
    'Jane Doe is a contributor to Example Weekly.',
    '- Lena Marsh is a Daily Example columnist',
    '• Tomas Reyes is editor in chief emeritus of The Example Times.',
    'Ana Souza is the author of “Quiet Envoys” (Example Press). Her work has appeared in many magazines.',
    '• Jorge Mendel is president of Velmont, V.R.-based Example Strategy Group. He’s a party consultant and former press secretary.',
  ])('drops a bio-shaped line among the last: %s', (line) => {
    expect(authorBios.test(line, last)).toBe(true);
    expect(authorBios.test(line, at(40, 2))).toBe(true);
  });

  it.each([
    'Jane Doe is a political commentator for Example News. Follow her on Twitter @janedoe.',
    'Lena Marsh, who anchors the morning edition, is writing a series of columns on the visit. The opinions expressed in this commentary are solely those of the author.',
    'Tomas Reyes is a consultant and speechwriter. The opinions expressed in this commentary are his own.',
  ])('drops a bio with a handle or a disclaimer anywhere: %s', (line) => {
    expect(authorBios.test(line, top)).toBe(true);
    expect(authorBios.test(line, middle)).toBe(true);
  });

  it.each([
    'Arkady Velmonov is a former intelligence officer who rose through the security services.',
    'Ostrava Benedek is the president of Velmonia and has ruled since 2012.',
    'Ostrava Benedek is the president of Velmonia. He is a former author of decrees, critics said.',
    'Ostrava Benedek is the president of Velmonia. He is a veteran of three wars.',
    'Jane Doe is a senior fellow at the Example Institute, and she said the talks would fail.',
    'The summit is a test for the alliance, analysts said.',
    '“Follow him on Twitter,” the minister joked.',
  ])('keeps %s', (line) => {
    expect(authorBios.test(line, last)).toBe(false);
  });

  it('keeps a bio-shaped sentence in the body', () => {
    expect(authorBios.test('Jane Doe is a senior analyst at the central bank.', middle)).toBe(false);
  });
});
