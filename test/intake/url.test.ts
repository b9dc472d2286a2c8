import { describe, expect, it } from 'vitest';
import { canonicalise, parseWebUrl, redact, redactText, siteOf } from '../../src/intake/url.js';

describe('intake URLs', () => {
  it('strips tracking parameters, credentials and the fragment; keeps the parameters that name the article', () => {
    expect(canonicalise('https://u:p@news.example/a?id=7&utm_source=x&utm_medium=y&fbclid=z&gclid=q#comments')).toBe('https://news.example/a?id=7');
    expect(canonicalise('https://news.example/a?utm_campaign=share')).toBe('https://news.example/a');
  });

  it('refuses every scheme but http and https, naming it (exit code 2)', () => {
    for (const bad of ['file:///etc/passwd', 'data:text/html,hi', 'javascript:alert(1)', 'ftp://x.example/a', 'gopher://x.example/']) {
      expect(() => parseWebUrl(bad)).toThrow(/refused: only http and https URLs are fetched/);
      try {
        parseWebUrl(bad);
      } catch (e) {
        expect((e as { exitCode: number }).exitCode).toBe(2);
      }
    }
    expect(() => parseWebUrl('news.example/a')).toThrow('not a URL: expected http://… or https://…');
    expect(parseWebUrl(' https://news.example/a ').href).toBe('https://news.example/a');
  });

  it('never shows a password: in a URL or in any text quoting one', () => {
    expect(redact('https://me:secret@news.example/feed')).toBe('https://***@news.example/feed');
    expect(redact('https://news.example/feed')).toBe('https://news.example/feed');
    expect(redactText('fetch https://me:secret@news.example/feed failed')).toBe('fetch https://***@news.example/feed failed');
    expect(() => parseWebUrl('ftp://me:secret@x.example/')).toThrow(expect.objectContaining({ file: 'ftp://***@x.example/' }));
  });

  it('names a site by its host without www', () => {
    expect(siteOf('https://www.diariodotejo.example/en/a.html')).toBe('diariodotejo.example');
  });
});
