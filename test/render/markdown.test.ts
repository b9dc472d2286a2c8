import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AttacheError } from '../../src/errors.js';
import { readCorpus } from '../../src/ingest/index.js';
import type { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { escapeMarkdown, wrap } from '../../src/render/escape.js';
import { loadTemplates, renderMarkdown } from '../../src/render/markdown.js';
import { ROOT } from '../helpers/run.js';

const TEMPLATES = join(ROOT, 'test/fixtures/templates');

async function exampleBrief(): Promise<Brief> {
  const { files, warnings } = await readCorpus(join(ROOT, 'corpus'), { maxBytes: 10 << 20 });
  return analyse(files, { asOf: '2025-12-01', title: null, warnings });
}

describe('escapeMarkdown', () => {
  it('shows markup from articles literally', () => {
    const out = escapeMarkdown('<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> {{constructor}} *bold* | pipe');
    expect(out).not.toMatch(/(?<!\\)[<>[\]*|{}]/);
    expect(out.replace(/\\/g, '')).toBe('<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> {{constructor}} *bold* | pipe');
  });
  it('escapes markers that would start a heading, list or quote', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });
});

describe('wrap', () => {
  it('keeps lines within the width and never breaks a word', () => {
    const text = 'word '.repeat(60) + 'supercalifragilisticexpialidocious';
    const lines = wrap(text, 40, '  ').split('\n');
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(40);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(text.trim());
  });
});

describe('renderMarkdown', () => {
  let brief: Brief;
  beforeAll(async () => {
    brief = await exampleBrief();
  });

  it('wraps prose at 100 columns (tables excepted)', () => {
    const md = renderMarkdown(brief, loadTemplates(null));
    const long = md.split('\n').filter((l) => !l.startsWith('|') && [...l].length > 100);
    expect(long).toEqual([]);
  });

  it('prints the marking first and last, escaped, and nothing without one', () => {
    const md = renderMarkdown({ ...brief, marking: 'RESTRICTED — *not* for <b>release</b>' }, loadTemplates(null));
    const lines = md.trimEnd().split('\n');
    const shown = '**RESTRICTED — \\*not\\* for \\<b\\>release\\</b\\>**';
    expect(lines[0]).toBe(shown);
    expect(lines[2]).toMatch(/^# /);
    expect(lines.at(-1)).toBe(shown);
    expect(lines.filter((l) => l === shown)).toHaveLength(2);
    for (const marking of [null, undefined]) {
      const plain = renderMarkdown({ ...brief, marking }, loadTemplates(null));
      expect(plain.startsWith('# ')).toBe(true);
      expect(plain).not.toContain('RESTRICTED');
    }
  });

  it('keeps injected markup inert', () => {
    const hostile: Brief = {
      ...brief,
      title: 'Brief <script>alert(1)</script>',
      overview: [{ text: 'Click [here](javascript:alert(1)) <img src=x onerror=alert(1)> {{constructor.constructor}}', sources: ['S1'] }],
    };
    const md = renderMarkdown(hostile, loadTemplates(null));
    expect(md).not.toMatch(/(?<!\\)<script|(?<!\\)<img|(?<!\\)\]\(javascript/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\{\\{constructor.constructor\\}\\}');
  });

  it('takes brief.md.hbs and partials from --templates, the rest from the defaults', () => {
    const md = renderMarkdown(brief, loadTemplates(join(TEMPLATES, 'custom')));
    expect(md.startsWith('# Custom: ')).toBe(true);
    expect(md).toContain('## Our sources');
    expect(md).not.toContain('## Overview');
  });

  it('names the template file and line of a syntax error', () => {
    const run = () => renderMarkdown(brief, loadTemplates(join(TEMPLATES, 'broken')));
    expect(run).toThrow(AttacheError);
    try {
      run();
    } catch (e) {
      expect((e as AttacheError).line).toMatch(/broken\/brief\.md\.hbs:5: "\{\{\/if\}\}" closes the block "each" opened on line 3; close it with "\{\{\/each\}\}" first$/);
    }
  });

  it.each(['proto', 'proto2'])('cannot reach prototypes from a template (%s)', (name) => {
    let out = '';
    try {
      out = renderMarkdown(brief, loadTemplates(join(TEMPLATES, name)));
    } catch (e) {
      expect(e).toBeInstanceOf(AttacheError);
      expect((e as AttacheError).line).toContain('brief.md.hbs');
      return;
    }
    expect(out).not.toContain('Object');
    expect(out).not.toContain('function');
  });
});
