import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../src/model/schema.js';
import { attache, ROOT, tempDir } from '../helpers/run.js';

const CORPUS = join(ROOT, 'test/fixtures/corpora/harbour-summit');
const read = (out: string) => ({
  json: Brief.parse(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8'))),
  md: readFileSync(join(out, 'brief.md'), 'utf8'),
});

describe('--marking in brief.json and brief.md', () => {
  it('is carried in the model and printed first and last; a new marking on the same articles is the same edition', () => {
    const out = tempDir();
    const build = (...more: string[]) => attache(['build', CORPUS, '--out', out, '--date', '2031-03-01', '--format', 'json,md', '--quiet', ...more]);
    expect(build('--marking', 'DRAFT — DESK *ONLY*').stderr).toBe('');
    let { json, md } = read(out);
    expect(json.marking).toBe('DRAFT — DESK *ONLY*');
    expect(md.split('\n')[0]).toBe('**DRAFT — DESK \\*ONLY\\***');
    expect(md.trimEnd().split('\n').at(-1)).toBe('**DRAFT — DESK \\*ONLY\\***');

    expect(build('--marking', 'FINAL').code).toBe(0);
    ({ json, md } = read(out));
    expect(json.edition).toBe(1);
    expect(json.marking).toBe('FINAL');
    expect(md).not.toContain('DRAFT');

    expect(build().code).toBe(0);
    ({ json, md } = read(out));
    expect(json.edition).toBe(1);
    expect(json.marking).toBeNull();
    expect(md).not.toContain('FINAL');
    expect(md.startsWith('# ')).toBe(true);
  });
});
