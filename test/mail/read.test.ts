import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttacheError } from '../../src/errors.js';
import { readBuiltBrief } from '../../src/mail/read.js';
import { tempDir } from '../helpers/run.js';
import { sampleBrief } from './sample.js';

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

  it('reads the model, the Markdown and the PDF', async () => {
    const dir = folder({ 'brief.json': json, 'brief.md': '# md\n', 'brief.pdf': '%PDF' });
    const b = await readBuiltBrief(dir, { pdf: true });
    expect(b.brief.title).toBe('Chancellor’s official visit to Norland');
    expect(b.markdown.toString()).toBe('# md\n');
    expect(b.pdf?.toString()).toBe('%PDF');
    expect((await readBuiltBrief(folder({ 'brief.json': json, 'brief.md': '# md\n' }), { pdf: false })).pdf).toBeNull();
  });

  it('tells the user to build first when there is no brief', async () => {
    const dir = join(tempDir(), 'nothing');
    expect(await lineOf(readBuiltBrief(dir, { pdf: true }))).toBe(`${join(dir, 'brief.json')}: no brief here; run \`attache build\` first`);
  });

  it('names the file that is missing or wrong', async () => {
    expect(await lineOf(readBuiltBrief(folder({ 'brief.json': json }), { pdf: false }))).toMatch(/brief\.md: not found; run `attache build` first/);
    expect(await lineOf(readBuiltBrief(folder({ 'brief.json': json, 'brief.md': '#' }), { pdf: true }))).toMatch(/brief\.pdf: not found; .*--no-pdf$/);
    expect(await lineOf(readBuiltBrief(folder({ 'brief.json': '{"schemaVersion":', 'brief.md': '#' }), { pdf: false }))).toMatch(
      /brief\.json: not valid JSON \(.*\); run `attache build` again$/,
    );
    const old = JSON.stringify({ ...JSON.parse(json), asOf: '2 March' });
    const line = await lineOf(readBuiltBrief(folder({ 'brief.json': old, 'brief.md': '#' }), { pdf: false }));
    expect(line).toMatch(/brief\.json: not a brief this version can read \(asOf: .*\); run `attache build` again$/);
    expect(line).not.toContain('\n');
  });
});
