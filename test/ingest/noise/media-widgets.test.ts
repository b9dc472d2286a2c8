import { describe, expect, it } from 'vitest';
import { mediaWidgets } from '../../../src/ingest/noise/media-widgets.js';

describe('media-widgets', () => {
  it.each([
    'Photos: The visit The envoy waves from the stairs. Hide Caption 1 of 19 Photos: The visit Crowds wait. Hide Caption 2 of 19',
    'Slideshow (18 Images)',
    "JUST WATCHED Envoy: host wants to 'throw us off balance' Replay More Videos ... MUST WATCH Envoy: host wants to 'throw us off balance' 08:28",
    'Play Video 3:10 Key moments from the press conference - video',
    'Listen to the Envoy’s Speech 0:11',
    'The Minister Speaking to the Press in 1979 0:07',
    'WATCH THE FULL INTERVIEW WITH THE PRESIDENT ON EXAMPLE NEWS AT 9 PM ET ON TUESDAY',
    'Watch Example News’ coverage and analysis at 11:00 a.m. EST.',
  ])('drops %s', (line) => {
    expect(mediaWidgets.test(line)).toBe(true);
  });

  it.each([
    'The talks ran for 2:30 hours, officials said.',
    'Watch for the two leaders to appear on the balcony.',
    'The delegation arrived at 10:30 a.m. and left at noon.',
    'The ceremony began at 0:00 GMT on New Year’s Day.',
    'Officials said the envoy had watched the video twice.',
    'Meeting at 10:30',
  ])('keeps %s', (line) => {
    expect(mediaWidgets.test(line)).toBe(false);
  });
});
