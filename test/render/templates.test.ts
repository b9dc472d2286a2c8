import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AttacheError } from '../../src/errors.js';
import { readCorpus } from '../../src/ingest/index.js';
import type { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { loadTemplates, renderMarkdown, view } from '../../src/render/markdown.js';
import { ROOT } from '../helpers/run.js';

/** A --templates folder holding the given files (paths relative to it). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'attache-templates-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The one line a person reads, with the folder shortened to "T". */
function problem(dir: string, run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(AttacheError);
    expect((e as AttacheError).exitCode).toBe(2);
    const line = (e as AttacheError).line;
    expect(line).not.toContain('[object Object]');
    expect(line).not.toContain('\n');
    return line.split(dir).join('T');
  }
  throw new Error('expected an AttacheError');
}

describe('--templates folder', () => {
  it('must exist, be a folder and hold a template', () => {
    const missing = join(tmpdir(), 'attache-no-such-templates');
    expect(problem(missing, () => loadTemplates(missing))).toBe('T: the --templates folder does not exist');
    const dir = folder({ 'file.txt': 'x' });
    const file = join(dir, 'file.txt');
    expect(problem(file, () => loadTemplates(file))).toBe('T: the --templates folder is a file; expected a folder holding brief.md.hbs and/or partials/*.hbs');
    expect(problem(dir, () => loadTemplates(dir))).toBe('T: the --templates folder holds neither brief.md.hbs nor partials/*.hbs, so it would change nothing');
  });

  it('names a template file it cannot read', () => {
    const dir = folder({ 'partials/sources.hbs/inner': 'x' });
    expect(problem(dir, () => loadTemplates(dir))).toBe('T/partials/sources.hbs: cannot read this template (it is a folder)');
  });
});

describe('template mistakes, each one line with file:line in plain words', () => {
  let brief: Brief;
  beforeAll(async () => {
    const { files, warnings } = await readCorpus(join(ROOT, 'test/fixtures/corpora/harbour-summit'), { maxBytes: 10 << 20 });
    brief = analyse(files, { asOf: '2031-03-01', title: null, warnings });
  });
  const render = (files: Record<string, string>) => {
    const dir = folder(files);
    return problem(dir, () => renderMarkdown(brief, loadTemplates(dir)));
  };

  it('an unclosed block', () => {
    expect(render({ 'brief.md.hbs': '# {{md title}}\n\n{{#each overview.items}}\n{{item this}}\n' })).toBe(
      'T/brief.md.hbs:3: unclosed block "each" (no "{{/each}}" before the end of the file)',
    );
  });

  it('a block closed by the wrong name, a stray {{else}}, an unclosed {{', () => {
    expect(render({ 'brief.md.hbs': '{{#if title}}\n{{#each agenda.items}}\n{{/if}}\n' })).toBe(
      'T/brief.md.hbs:3: "{{/if}}" closes the block "each" opened on line 2; close it with "{{/each}}" first',
    );
    expect(render({ 'brief.md.hbs': '# {{md title}}\n{{else}}\n' })).toBe('T/brief.md.hbs:2: "{{else}}" outside any {{#if}}, {{#unless}} or {{#each}} block');
    expect(render({ 'brief.md.hbs': '# {{md title}}\n\n{{md summary\n' })).toBe('T/brief.md.hbs:3: "{{" is never closed with "}}"');
  });

  it('a name that is not in the context, printed or handed to a helper, with a suggestion', () => {
    expect(render({ 'brief.md.hbs': '# Brief\n\n\n{{titel}}\n' })).toBe('T/brief.md.hbs:4: "titel" is not in the template context (did you mean "title"?)');
    expect(render({ 'brief.md.hbs': '# {{md titel}}\n' })).toBe('T/brief.md.hbs:1: "titel" is not in the template context (did you mean "title"?)');
    expect(render({ 'brief.md.hbs': '{{#each sourcez}}\n{{/each}}\n' })).toBe('T/brief.md.hbs:1: "sourcez" is not in the template context (did you mean "sources"?)');
    expect(render({ 'brief.md.hbs': '{{#if brief.evnt.start}}x{{/if}}\n' })).toBe('T/brief.md.hbs:1: "brief.evnt.start": "evnt" is not in the template context (did you mean "event"?)');
  });

  it('names the partial the mistake is in', () => {
    expect(render({ 'partials/sources.hbs': '## Sources\n\n{{#each sources}}\n- {{md outlte}}\n{{/each}}\n' })).toBe(
      'T/partials/sources.hbs:4: "outlte" is not in the template context (did you mean "outlet"?)',
    );
    // A helper handed the wrong thing inside a partial: the partial's file and line, at run time.
    expect(render({ 'partials/claims.hbs': '## {{heading}}\n\n{{item list}}\n' })).toBe(
      'T/partials/claims.hbs:3: {{item …}} expects a statement (with text and sources), but got an object (with items, more)',
    );
  });

  it('an unknown helper or partial', () => {
    expect(render({ 'brief.md.hbs': '# {{mdd title}}\n' })).toMatch(/^T\/brief\.md\.hbs:1: "mdd" is not a helper \(did you mean "md"\?\); the helpers are cell, cite, date, eq, further, item, md, num, para, plural, source and Handlebars' if, unless, each, with, lookup, log$/);
    expect(render({ 'brief.md.hbs': '# {{md title}}\n\n{{> sourcez}}\n' })).toBe(
      'T/brief.md.hbs:3: there is no partial "sourcez" (no partials/sourcez.hbs in your folder or the built-in templates) (did you mean "sources"?)',
    );
  });

  it('never prints a list or an object as "[object Object]"', () => {
    expect(render({ 'brief.md.hbs': '# {{md title}}\n\n{{keyPoints}}\n' })).toMatch(/^T\/brief\.md\.hbs:3: "keyPoints" is a list of \d+, not text: go through it with \{\{#each keyPoints\}\}…\{\{\/each\}\}$/);
    expect(render({ 'brief.md.hbs': '# {{md title}}\n{{brief.event}}\n' })).toMatch(/^T\/brief\.md\.hbs:2: "brief.event" is an object \(with summary, .*\), not text: print one of its fields, such as \{\{brief\.event\.summary\}\}$/);
    expect(render({ 'brief.md.hbs': '# {{md keyFacts}}\n' })).toMatch(/^T\/brief\.md\.hbs:1: \{\{md …\}\} prints text, but got a list of \d+$/);
  });

  it('cannot reach the prototype', () => {
    expect(render({ 'brief.md.hbs': '# {{md title}}\n{{brief.constructor.name}}\n' })).toBe(
      'T/brief.md.hbs:2: templates cannot reach "constructor": only the brief\'s own fields are in the template context',
    );
    expect(render({ 'brief.md.hbs': '{{lookup brief "__proto__"}}\n' })).toBe('T/brief.md.hbs:1: templates cannot reach "__proto__": only the brief\'s own fields are in the template context');
  });

  it('still renders a template that prints plain values, data variables and optional fields', () => {
    const dir = folder({
      'brief.md.hbs': '# {{title}}\n\n{{#each sources}}\n{{@index}}. {{outlet}} {{url}} {{this.when}}\n{{/each}}\n{{#each timeline.items}}{{#if end}}{{end}}{{/if}}{{/each}}\n',
    });
    const md = renderMarkdown(brief, loadTemplates(dir));
    expect(md).toMatch(/^# .+\n\n0\. \S/);
    expect(md).not.toContain('[object Object]');
  });
});

describe('the README on templates', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Templates'), readme.indexOf('## How it works'));

  it('documents every name of the template context', async () => {
    const { files, warnings } = await readCorpus(join(ROOT, 'test/fixtures/corpora/harbour-summit'), { maxBytes: 10 << 20 });
    const brief = analyse(files, { asOf: '2031-03-01', title: null, warnings });
    for (const key of Object.keys(view(brief, 'full'))) expect(section, key).toContain(`\`${key}\``);
  });

  it('shows an override folder that works as written', async () => {
    const dir = join(ROOT, 'test/fixtures/templates/readme-example');
    expect(section).toContain(readFileSync(join(dir, 'partials/key-facts.hbs'), 'utf8'));
    const { files, warnings } = await readCorpus(join(ROOT, 'test/fixtures/corpora/harbour-summit'), { maxBytes: 10 << 20 });
    const md = renderMarkdown(analyse(files, { asOf: '2031-03-01', title: null, warnings }), loadTemplates(dir));
    expect(md).toMatch(/## At a glance\n\n- \*\*Event:\*\* /);
    expect(md).not.toContain('## Key facts');
    expect(md).toContain('## Overview');
  });

  it('quotes the error a typo in that partial gives', async () => {
    const example = readFileSync(join(ROOT, 'test/fixtures/templates/readme-example/partials/key-facts.hbs'), 'utf8');
    const dir = folder({ 'partials/key-facts.hbs': example.replace('{{label}}', '{{lable}}') });
    const { files, warnings } = await readCorpus(join(ROOT, 'test/fixtures/corpora/harbour-summit'), { maxBytes: 10 << 20 });
    const brief = analyse(files, { asOf: '2031-03-01', title: null, warnings });
    const line = problem(dir, () => renderMarkdown(brief, loadTemplates(dir)));
    expect(section.replace(/\s+/g, ' ')).toContain(line.replace('T/', 'my-templates/'));
  });
});
