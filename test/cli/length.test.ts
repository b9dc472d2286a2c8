import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Brief } from '../../src/model/schema.js';
import { pdfPages } from '../helpers/pdf.js';
import { attache, tempDir } from '../helpers/run.js';

/** `--length short|standard|full` on the example corpus: a page budget, and nothing sent to brief.json. */
describe('build --length', () => {
  const built: Record<string, { md: string; pages: string[]; brief: Brief }> = {};

  beforeAll(async () => {
    for (const length of ['short', 'standard', 'full']) {
      const out = tempDir();
      const r = attache(['build', 'corpus', '--out', out, '--date', '2025-12-06', '--length', length, '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      built[length] = {
        md: readFileSync(join(out, 'brief.md'), 'utf8'),
        pages: await pdfPages(readFileSync(join(out, 'brief.pdf'))),
        brief: Brief.parse(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8'))),
      };
    }
  });

  it('prints about four to six A4 pages by default, fewer when short, more with the annex when full', () => {
    const n = (l: string) => built[l]!.pages.length;
    expect(n('standard')).toBeGreaterThanOrEqual(4);
    expect(n('standard')).toBeLessThanOrEqual(6);
    expect(n('short')).toBeLessThan(n('standard'));
    expect(n('full')).toBeGreaterThan(n('standard'));
  });

  it('counts what does not fit, and prints it in the annex of the full brief', () => {
    expect(built.standard!.md).toMatch(/…and \d+ further statements, printed in the annex of the full-length brief\./);
    expect(built.standard!.md).not.toContain('Annex: further statements');
    expect(built.full!.md).toContain('## Annex: further statements');
    expect(built.full!.pages.join('\n')).toContain('Annex: further statements');
    expect(built.full!.md).toMatch(/…and \d+ further statements in the annex\./);
  });

  it('prints every statement of the model in the full brief, each once', () => {
    const md = built.full!.md.replace(/\s+/g, ' ');
    const b = built.full!.brief;
    for (const c of [...b.overview, ...b.agenda, ...b.energyTrade, ...b.geopolitics]) {
      const start = c.text.slice(0, 60).replace(/\s+/g, ' ');
      expect(md.includes(escapeLike(start)) || md.includes(start), start).toBe(true);
    }
  });

  it('keeps the same model whatever the length: brief.json holds everything', () => {
    expect(JSON.stringify({ ...built.short!.brief })).toBe(JSON.stringify({ ...built.full!.brief }));
  });

  it('prints the same selection in the PDF and the Markdown', () => {
    for (const length of ['short', 'standard']) {
      const md = built[length]!.md;
      const pdf = built[length]!.pages.join(' ').replace(/\s+/g, ' ');
      const items = md.split('\n').filter((l) => l.startsWith('- ') && !l.startsWith('- …'));
      for (const line of items.slice(0, 20)) {
        const words = line.slice(2).replace(/\\/g, '').split(/\s+/).slice(0, 6).join(' ');
        expect(pdf, words).toContain(words);
      }
    }
  });

  it('never sends the reader to brief.json', () => {
    for (const length of ['short', 'standard', 'full']) {
      expect(built[length]!.md).not.toContain('brief.json');
      expect(built[length]!.pages.join('\n')).not.toContain('brief.json');
    }
  });

  it('refuses a length it does not know, in one line', () => {
    const r = attache(['build', 'corpus', '--out', tempDir(), '--length', 'medium']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/length/);
  });
});

/** The Markdown escapes some characters of article text; compare on what is left. */
function escapeLike(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}
