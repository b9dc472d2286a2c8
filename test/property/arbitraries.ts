/**
 * Shared fast-check arbitraries for the property tests: article-like and hostile text, corpus
 * files in the three formats, and valid as-of days. Not a test file itself (no `.test.ts`).
 */
import fc from 'fast-check';
import type { CorpusFile } from '../../src/model/pipeline.js';

/** Markup, control characters and malformed metadata that article text must survive. */
export const HOSTILE = [
  '<script>',
  '</script>',
  '</p>',
  '<p>',
  '<li>',
  '<article>',
  '</article>',
  '<!--',
  '-->',
  '&#0;',
  '&#x110000;',
  '&#xD800;',
  '&amp;',
  '&lt;',
  '\u0000',
  '\uFEFF',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\uD800',
  '\uDFFF',
  '\u2028',
  'date: 2025-13-45',
  'date: 2025-02-30',
  'source: http://',
  'title: ',
  'By ',
  '- ',
  '• ',
  '# ',
  '## ',
  '|',
  '[x](javascript:alert(1))',
  '{{constructor}}',
  '{{#each this}}',
  '`',
  '*',
  '_',
  '\\',
  ' ',
  '\t',
  ':',
  '.',
  '…',
] as const;

/** Words and sentences that make the later stages (dates, people, programmes, visits) fire. */
export const ARTICLE_BITS = [
  'President ',
  'Prime Minister ',
  'Narendra Modi',
  'Vladimir Putin',
  'India',
  'Russia',
  'France',
  ' will visit ',
  ' visited ',
  ' said on Thursday',
  ' on Friday',
  'from 30 to 31 February',
  'from 4 to 5 December',
  'December 4',
  'March 2025',
  ' in 2021',
  'last year',
  'July last year',
  '21 and 22 January',
  'S-400',
  'Su-57',
  'BrahMos',
  'Rafale jets',
  'the deal worth $5 billion',
  '10 per cent',
  'reportedly',
  'the summit',
  'state visit',
  'annual summit',
  '2025-11-28',
  'Published: 28 Nov 2025',
  'NEW DELHI: ',
  '(Reuters)',
  'The talks were held in Moscow.',
  'They met in June 5 AD.',
  'December 4 be signed',
  'Discussions may include:',
] as const;

/** A run of one character, long enough to stress regexes (up to `max`). */
export const longRun = (max: number) =>
  fc
    .tuple(fc.constantFrom('a', ' ', '\n', '-', '.', '<', '&', '{', '#', '\u0000', 'é', '\uD800', '1'), fc.integer({ min: 1, max }))
    .map(([c, n]) => c.repeat(n));

const fragment = (maxLength: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 3, arbitrary: fc.constantFrom(...ARTICLE_BITS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: longRun(Math.max(1, Math.floor(maxLength / 4))) },
  );

/** Text built from hostile and article-like fragments, cut to `maxLength` UTF-16 units. */
export const hostileText = (maxLength = 400) =>
  fc.array(fragment(maxLength), { maxLength: 40 }).map((parts) => parts.join('').slice(0, maxLength));

/** Any text: plain arbitrary strings of several kinds, mixed case, or hostile fragments. */
export const anyText = (maxLength = 400) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme-composite', maxLength }),
    fc.mixedCase(fc.string({ maxLength })),
    fc.mixedCase(hostileText(maxLength)),
    hostileText(maxLength),
    hostileText(maxLength),
  );

/** Non-empty text (for schema fields that must not be empty). */
export const nonEmptyText = (maxLength = 400) => anyText(maxLength).filter((s) => s.length > 0);

/** Wraps text in a plausible HTML page, sometimes with metadata a scraper leaves behind. */
const asHtmlPage = (body: string, title: string, withMeta: boolean) =>
  `<!doctype html><html><head><title>${title}</title>` +
  (withMeta ? `<meta property="article:published_time" content="2025-11-28T10:00:00Z"><meta property="og:site_name" content="${title}">` : '') +
  `</head><body><nav>Menu</nav><article><h1>${title}</h1>` +
  body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('') +
  `</article><footer>Share</footer></body></html>`;

const EXTENSIONS = ['txt', 'md', 'html'] as const;
export type Ext = (typeof EXTENSIONS)[number];

const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-16 LE with a BOM, lone surrogates kept as they are. */
export const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
};
const utf8Bom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);

/** File bytes: the text in one of the encodings ingest knows, or raw arbitrary bytes. */
export const fileBytes = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 4, arbitrary: text.map(utf8) },
    { weight: 1, arbitrary: text.map(utf8Bom) },
    { weight: 1, arbitrary: text.map(utf16le) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  );

/** One corpus file of any of the three formats; `body` is the article text before encoding. */
export const corpusFile = (maxLength = 400, body: fc.Arbitrary<string> = anyText(maxLength)): fc.Arbitrary<CorpusFile> =>
  fc
    .record({
      name: fc.stringMatching(/^[a-z0-9_-]{1,8}$/),
      ext: fc.constantFrom(...EXTENSIONS),
      body,
      title: anyText(40),
      html: fc.constantFrom<'page' | 'bare'>('page', 'bare'),
      meta: fc.boolean(),
      encoding: fc.constantFrom<'utf8' | 'utf8bom' | 'utf16' | 'bytes'>('utf8', 'utf8', 'utf8', 'utf8bom', 'utf16', 'bytes'),
      bytes: fc.uint8Array({ maxLength: maxLength }),
    })
    .map(({ name, ext, body, title, html, meta, encoding, bytes }) => {
      const text = ext === 'html' && html === 'page' ? asHtmlPage(body, title, meta) : body;
      const encoded = encoding === 'utf8' ? utf8(text) : encoding === 'utf8bom' ? utf8Bom(text) : encoding === 'utf16' ? utf16le(text) : bytes;
      return { path: `${name}.${ext}`, bytes: encoded };
    });

/** 1–4 corpus files with distinct paths. */
export const smallCorpus = (maxLength = 400, body?: fc.Arbitrary<string>) =>
  fc.uniqueArray(corpusFile(maxLength, body), { minLength: 1, maxLength: 4, selector: (f) => f.path });

/** A valid calendar day between 1990-01-01 and 2100-12-31 as YYYY-MM-DD. */
export const asOfDay = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** True when `iso` is a real calendar date written with exactly the given precision. */
export function isValidIso(iso: string, precision: 'year' | 'month' | 'day'): boolean {
  const shape = precision === 'year' ? /^(\d{4})$/ : precision === 'month' ? /^(\d{4})-(\d{2})$/ : /^(\d{4})-(\d{2})-(\d{2})$/;
  const m = shape.exec(iso);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  if (mo < 1 || mo > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Feb', 'Sept', 'Dec.'];

/**
 * Sentences that carry dates in the shapes the date extractor reads, with days up to `maxDay`;
 * with `eras`, also years written with an era ("June 44 BC", "May 2 BE"), which chrono reads.
 */
export const dateSentence = (maxDay = 31, eras = true) =>
  fc
    .record({
      d1: fc.integer({ min: 1, max: maxDay }),
      d2: fc.integer({ min: 1, max: maxDay }),
      month: fc.constantFrom(...MONTH_NAMES),
      year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      shape: fc.integer({ min: 0, max: eras ? 8 : 7 }),
      weekday: fc.constantFrom('Monday', 'Thursday', 'Sunday'),
      eraYear: fc.integer({ min: 1, max: 3000 }),
      era: fc.constantFrom('BE', 'AD', 'BC', 'BCE', 'CE'),
    })
    .map(({ d1, d2, month, year, shape, weekday, eraYear, era }) => {
      const y = year === null ? '' : ` ${year}`;
      const ys = year === null ? '' : `, ${year}`;
      switch (shape) {
        case 0:
          return `They met from ${d1} to ${d2} ${month}${y}.`;
        case 1:
          return `The talks were held on ${month} ${d1} and ${d2}${ys}.`;
        case 2:
          return `The summit was on ${d1} and ${d2} ${month}${y}.`;
        case 3:
          return `The visit will take place on ${d1} ${month}${y}.`;
        case 4:
          return `Officials said on ${weekday} that the leaders would meet in ${month}${y}.`;
        case 5:
          return `The deal was signed in ${month} last year and talks resumed ${d1}–${d2} ${month}${y}.`;
        case 6:
          return `The visit ran from ${d1} ${month} to ${d2} ${month}${y}.`;
        case 7:
          return `Ties began in ${year ?? 2001} and grew since.`;
        default:
          return `They met in ${month} ${eraYear} ${era}.`;
      }
    });

/**
 * Sixteen or more dashes in one run of separators: after a designator ("S-400 ------…") this sets
 * off catastrophic backtracking in extract/programmes.ts (a known bug with its own property in
 * extract.property.test.ts). Kept out of the other properties so they stay fast.
 */
export const REDOS_RISK = /(?:[\s,]*-){16}/;
