import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, parseContentType } from '../../src/intake/charset.js';

const TEXT = 'Sigvaldsdóttir in São Miguel: “€18 million”';

describe('charsets', () => {
  it('reads the Content-Type charset', () => {
    expect(parseContentType('text/html; charset="ISO-8859-1"')).toEqual({ type: 'text/html', charset: 'iso-8859-1' });
    expect(parseContentType(null)).toEqual({ type: '', charset: null });
  });

  it('decodes ISO-8859-1 as browsers do (windows-1252), from the header or from the page itself', () => {
    const bytes = iconv.encode(`<html><head><meta charset="iso-8859-1"></head><body>${TEXT}</body></html>`, 'windows-1252');
    expect(decode(bytes, 'iso-8859-1').text).toContain(TEXT);
    expect(decode(bytes, null).text).toContain(TEXT);
    const xml = iconv.encode(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>${TEXT}</title></rss>`, 'windows-1252');
    expect(decode(xml, null).text).toContain(TEXT);
  });

  it('a byte-order mark wins over a wrong label; an unknown label falls back to UTF-8', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(decode(utf8, 'iso-8859-1').text).toBe(TEXT);
    expect(decode(Buffer.from(TEXT), 'x-no-such-charset').text).toBe(TEXT);
  });
});
