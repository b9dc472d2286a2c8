import { describe, expect, it } from 'vitest';
import { AttacheError } from '../../src/errors.js';
import { addressProblem, DEFAULT_FROM, parseAddressList, parseSingleAddress } from '../../src/mail/addresses.js';

function errorOf(f: () => unknown): AttacheError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AttacheError);
    return e as AttacheError;
  }
  throw new Error('expected an AttacheError');
}

describe('parseAddressList', () => {
  it('reads a comma-separated list of bare and named addresses', () => {
    expect(parseAddressList('a@example.org, Ann Lee <ann@example.org>,"Doe, Jane" <jane@example.org>')).toEqual([
      { name: '', address: 'a@example.org' },
      { name: 'Ann Lee', address: 'ann@example.org' },
      { name: 'Doe, Jane', address: 'jane@example.org' },
    ]);
  });

  it('ignores empty items and repeats of the same address', () => {
    expect(parseAddressList('a@example.org,, A@Example.org ,b@example.org,')).toEqual([
      { name: '', address: 'a@example.org' },
      { name: '', address: 'b@example.org' },
    ]);
  });

  it('accepts single-label domains, IP literals, plus tags and IDN', () => {
    expect(parseAddressList(DEFAULT_FROM)).toEqual([{ name: '', address: 'attache@localhost' }]);
    for (const a of ['desk+brief@example.org', 'ops@[127.0.0.1]', 'o.k@sub.example.co.uk', 'josé@bücher.de']) {
      expect(addressProblem(a), a).toBeNull();
    }
  });

  it('rejects what is not an address, naming the option, on one line, exit 2', () => {
    for (const bad of ['not-an-address', 'a@', '@b', 'a b@c.d', 'a@b.c d@e.f', 'a..b@c.d', '.a@c.d', 'a@-b.c', 'a@b..c', 'x@[300.1.1.1]', 'foo <bar', 'Ann <>', '"Ann <a@b.c>', 'a@b.c\nBcc: x@y.z']) {
      const e = errorOf(() => parseAddressList(bad, '--to'));
      expect(e.file, bad).toBe('--to');
      expect(e.exitCode).toBe(2);
      expect(e.line).not.toContain('\n');
    }
    expect(errorOf(() => parseAddressList('not-an-address')).line).toBe(
      '--to: "not-an-address" is not an e-mail address (no @); expected name@domain or "Name <name@domain>"',
    );
    expect(errorOf(() => parseAddressList(' , ')).line).toContain('got none');
  });

  it('--from takes exactly one address', () => {
    expect(parseSingleAddress('Attaché <brief@example.org>')).toEqual({ name: 'Attaché', address: 'brief@example.org' });
    expect(errorOf(() => parseSingleAddress('a@example.org,b@example.org')).line).toMatch(/^--from: expected one e-mail address; got 2/);
    expect(errorOf(() => parseSingleAddress('nobody')).file).toBe('--from');
  });
});
