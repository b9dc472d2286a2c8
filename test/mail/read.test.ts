import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttacheError } from '../../src/errors.js';
import { readBuiltBrief } from '../../src/mail/read.js';
import { tempDir } from '../helpers/run.js';
import { sampleBrief } from './sample.js';

const MANIFEST = '.attache-manifest.json';
const manifest = (options: Record<string, unknown>) => JSON.stringify({ manifestVersion: 1, options });

async function lineOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AttacheError);
    return (e as AttacheError).line;
  }
  throw new Error('expected an AttacheError');
}

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

describe('readBuiltBrief', () => {
  const json = JSON.stringify(sampleBrief());

  it('reads the model and every file the build wrote', async () => {
    const dir = folder({ 'brief.json': json, 'brief.md': '# md\n', 'brief.html': '<html>', 'brief.pdf': '%PDF' });
    const b = await readBuiltBrief(dir, { pdf: true });
    expect(b.brief?.title).toBe('Chancellor’s official visit to Norland');
    expect([b.title, b.asOf, b.marking]).toEqual(['Chancellor’s official visit to Norland', '2031-03-02', null]);
    expect(b.json?.toString()).toBe(json);
    expect(b.markdown?.toString()).toBe('# md\n');
    expect(b.html?.toString()).toBe('<html>');
    expect(b.pdf?.toString()).toBe('%PDF');
    expect((await readBuiltBrief(dir, { pdf: false })).pdf).toBeNull();
  });

  it('mails whichever formats the build wrote', async () => {
    const onlyJson = await readBuiltBrief(folder({ 'brief.json': json }), { pdf: true });
    expect([onlyJson.markdown, onlyJson.html, onlyJson.pdf]).toEqual([null, null, null]);
    expect(onlyJson.brief?.asOf).toBe('2031-03-02');
    const onlyPdf = await readBuiltBrief(folder({ 'brief.pdf': '%PDF', [MANIFEST]: manifest({ asOf: '2031-03-02', title: 'Port talks', marking: null }) }), { pdf: true });
    expect([onlyPdf.brief, onlyPdf.title, onlyPdf.asOf, onlyPdf.pdf?.toString()]).toEqual([null, 'Port talks', '2031-03-02', '%PDF']);
  });

  it('without brief.json, takes the title from brief.md or brief.html and the date and marking from the manifest', async () => {
    const md = await readBuiltBrief(folder({ 'brief.md': '# Visit \\<b\\> to Norland\n\nText\n', [MANIFEST]: manifest({ asOf: '2031-03-02', title: null, marking: 'RESTRICTED' }) }), { pdf: true });
    expect([md.brief, md.title, md.asOf, md.marking]).toEqual([null, 'Visit <b> to Norland', '2031-03-02', 'RESTRICTED']);
    const html = await readBuiltBrief(folder({ 'brief.html': '<title>Ports &amp; &lt;grain&gt;</title>' }), { pdf: true });
    expect([html.title, html.asOf, html.marking]).toEqual(['Ports & <grain>', null, null]);
    const odd = await readBuiltBrief(folder({ 'brief.md': 'no heading', [MANIFEST]: '{"options":' }), { pdf: true });
    expect([odd.title, odd.asOf]).toEqual(['Attaché brief', null]);
  });

  it('reads the marking from brief.json when it has one, else from the manifest', async () => {
    const withField = (marking: string | null) => JSON.stringify({ ...JSON.parse(json), marking });
    const m = manifest({ asOf: '2031-03-02', title: null, marking: 'FROM MANIFEST' });
    expect((await readBuiltBrief(folder({ 'brief.json': withField('SECRET'), [MANIFEST]: m }), { pdf: true })).marking).toBe('SECRET');
    expect((await readBuiltBrief(folder({ 'brief.json': withField(null), [MANIFEST]: m }), { pdf: true })).marking).toBeNull();
    expect((await readBuiltBrief(folder({ 'brief.json': json, [MANIFEST]: m }), { pdf: true })).marking).toBe('FROM MANIFEST');
  });

  it('tells the user to build first when there is no brief', async () => {
    const dir = join(tempDir(), 'nothing');
    expect(await lineOf(readBuiltBrief(dir, { pdf: true }))).toBe(`${join(dir, 'brief.json')}: no brief here; run \`attache build\` first`);
  });

  it('names the file that is missing or wrong', async () => {
    expect(await lineOf(readBuiltBrief(folder({ 'brief.pdf': '%PDF' }), { pdf: false }))).toMatch(/brief\.pdf: the only brief here is the PDF; mail it without --no-pdf$/);
    expect(await lineOf(readBuiltBrief(folder({ 'brief.json': '{"schemaVersion":', 'brief.md': '#' }), { pdf: false }))).toMatch(
      /brief\.json: not valid JSON \(.*\); run `attache build` again$/,
    );
    const old = JSON.stringify({ ...JSON.parse(json), asOf: '2 March' });
    const line = await lineOf(readBuiltBrief(folder({ 'brief.json': old, 'brief.md': '#' }), { pdf: false }));
    expect(line).toMatch(/brief\.json: not a brief this version can read \(asOf: .*\); run `attache build` again$/);
    expect(line).not.toContain('\n');
  });
});
