import { describe, expect, it } from 'vitest';
import { photoCaptions } from '../../../src/ingest/noise/photo-captions.js';

describe('photo-captions', () => {
  it.each([
    'Enlarge this image toggle caption Lena Marsh/Example Lena Marsh/Example',
    'toggle caption Tomas Reyes/Example',
    'Facebook Twitter Pinterest The speaker reprimanded the envoy for his comments. Photograph: Jonas Berg/Example',
    'The minister at the airport. Photograph: Ana Souza for Daily Example',
    'FILE PHOTO: Two women enter a shop in the capital, May 28, 2026. Picture taken May 28, 2026. EXAMPLE/Jonas Berg',
    'The two leaders shake hands at a news conference in the capital, July 16, 2026. (Lena Marsh/Example)',
    'The president and the first lady arrive early Monday morning. (Photo: Screen capture)',
    'The leaders sign documents at the resort hotel, June 12, 2026. EXAMPLE/Jonas Berg',
    'Crowds wait for the motorcade. (Example Images)',
    `Image: ${'The envoy and the minister walk along the colonnade before the talks, watched by the press. '.repeat(3)}`,
  ])('drops %s', (line) => {
    expect(photoCaptions.test(line)).toBe(true);
  });

  it.each([
    'The photo opportunity was cancelled because of rain.',
    'A photograph of the two leaders was published on Monday.',
    'Toggle switches on the console were labelled in both languages.',
    'Image matters to the envoy: he rehearsed the handshake twice.',
    'Trade between the two (RU/VE) partners rose.',
    `The leaders met for two hours. ${'They discussed trade, energy and security at length. '.repeat(6)}(Example Images)`,
  ])('keeps %s', (line) => {
    expect(photoCaptions.test(line)).toBe(false);
  });
});
