import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttacheError } from '../../src/errors.js';
import { writeEml } from '../../src/mail/eml.js';
import { tempDir } from '../helpers/run.js';

describe('writeEml', () => {
  it('writes the bytes, creating the folder, and leaves no temporary file', async () => {
    const dir = tempDir();
    const path = join(dir, 'sub', 'brief.eml');
    await writeEml(path, Buffer.from('Subject: x\r\n\r\nbody\r\n'));
    expect(readFileSync(path, 'utf8')).toBe('Subject: x\r\n\r\nbody\r\n');
    await writeEml(path, Buffer.from('Subject: y\r\n\r\n'));
    expect(readFileSync(path, 'utf8')).toBe('Subject: y\r\n\r\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['brief.eml']);
  });

  it('fails with one line naming the file and keeps what was there', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken'));
    let e: unknown;
    try {
      await writeEml(join(dir, 'taken'), Buffer.from('x'));
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(AttacheError);
    expect((e as AttacheError).file).toBe(join(dir, 'taken'));
    expect((e as AttacheError).line).not.toContain('\n');
    expect(readdirSync(dir)).toEqual(['taken']);

    writeFileSync(join(dir, 'file'), 'old');
    await expect(writeEml(join(dir, 'file', 'x.eml'), Buffer.from('x'))).rejects.toBeInstanceOf(AttacheError);
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('old');
  });
});
