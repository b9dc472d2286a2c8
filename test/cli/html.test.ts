import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attache, tempDir } from '../helpers/run.js';

describe('attache build --format html', () => {
  it('writes brief.html beside the others, the same bytes for the same inputs, and archives it with the edition', () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) {
      const r = attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--format', 'html,json', '--marking', 'RESTRICTED', '--quiet']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect(readdirSync(a).filter((n) => !n.startsWith('.')).sort()).toEqual(['brief.html', 'brief.json']);
    const html = readFileSync(join(a, 'brief.html'), 'utf8');
    expect(readFileSync(join(b, 'brief.html'), 'utf8')).toBe(html);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<h1 class="h1">Putin’s state visit to India, 4–5 December 2025</h1>');
    expect(html.match(/<p class="marking">RESTRICTED<\/p>/g)).toHaveLength(2);
    expect(html).toContain('<h2 class="h2">Changes since the last brief</h2>');

    // A new edition moves the old page to the archive, as it does the other files.
    writeFileSync(join(a, 'brief.html'), 'previous page');
    const r = attache(['build', 'corpus', '--out', a, '--date', '2025-12-02', '--format', 'html,json', '--quiet']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(a, 'archive', 'edition-0001', 'brief.html'), 'utf8')).toBe('previous page');
    expect(readFileSync(join(a, 'brief.html'), 'utf8')).not.toContain('class="marking"');
  });

  it('names html among the formats when one is wrong', () => {
    const r = attache(['build', 'corpus', '--out', tempDir(), '--format', 'pdf,docx']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('attache: --format: expected a comma-separated list of pdf, md, json, html; got "pdf,docx"');
  });
});
