import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/article.js';
import { toOriginal } from '../../src/ingest/offsets.js';

/** An invented article dressed in the furniture real pages carry. */
const RAW = [
  'source: https://www.daily.example/world/velmonia-talks',
  'date: 2026-06-04',
  '',
  'Envoys clash over tariffs at Velmont talks',
  '',
  'Jane Doe and Li Wei',
  '',
  'DAILY EXAMPLE',
  '',
  'VELMONT — President Ostrava Benedek Ivo OstravaSenators balk at long hearings Tolmar goes local in race MORE’s envoy walked out of the talks on Tuesday.',
  '',
  'ADVERTISEMENT',
  '',
  'Senate Trade Committee Chairman Arvid Kessel Arvid Lorne KesselSenators balk at long hearings Chairman says inquiry could last 6-8 weeks MORE (R-Vel.) said the tariffs would stay.',
  '',
  'Our tariffs answer theirs. Very unfair! — Arkady Velmonov (@arkadyv) June 3, 2026',
  '',
  'The two leaders shake hands in the capital, June 3, 2026. (Lena Marsh/Example)',
  '',
  'More:Senators blast the meeting as a sign of weakness',
  '',
  'Crowds gathered outside the hall https://t.co/Ab12Cd34 as the talks broke up.',
  '',
  'Jordan Vale contributed.',
  '',
  '• Jane Doe is a senior fellow at the Example Institute.',
  '',
  'Sign up for Daily Newsletters Manage Newsletters',
  '',
].join('\n');

describe('ingestFile: furniture', () => {
  const { article } = ingestFile({ path: 'talks.txt', bytes: new TextEncoder().encode(RAW) }, 'S1', 'txt');

  it('keeps the article and nothing else', () => {
    expect(article.text.split('\n')).toEqual([
      'President Ostrava’s envoy walked out of the talks on Tuesday.',
      'Senate Trade Committee Chairman Arvid Kessel (R-Vel.) said the tariffs would stay.',
      'Crowds gathered outside the hall as the talks broke up.',
    ]);
    expect(article.dateline).toBe('Velmont');
    expect(article.title).toBe('Envoys clash over tariffs at Velmont talks');
  });

  it('maps every kept piece to the same characters in the file', () => {
    const { clean } = article.offsets;
    for (let i = 0; i < clean.length; i++) {
      const end = i + 1 < clean.length ? clean[i + 1]! : article.text.length;
      const piece = article.text.slice(clean[i], end).trimEnd();
      const from = toOriginal(article.offsets, clean[i]!);
      expect(RAW.slice(from, from + piece.length)).toBe(piece);
    }
    // The card was cut out of the middle of a paragraph: the text after it keeps its own offset.
    const at = article.text.indexOf(' (R-Vel.)');
    expect(RAW.slice(toOriginal(article.offsets, at), toOriginal(article.offsets, at) + 9)).toBe(' (R-Vel.)');
  });
});
