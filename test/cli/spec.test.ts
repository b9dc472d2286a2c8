import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS } from '../../src/cli/commands/specs.js';
import { schemaFor } from '../../src/cli/resolve.js';
import { checkOptions } from '../../src/cli/spec.js';

/** Values a layer may hand over: text from flags and variables, JSON from a file, good and bad. */
const SAMPLES = ['', 'abc', '5', '-5', '1.5', '0', 'true', 'no', 'MD,json', 'pdf,docx', 'Letter', 'FULL', 'long', '2027-03-01', '2027-02-30', 'Europe/Paris', 'Mars/Olympus', '*/5 * * * *', 'every day', 'desk@example.org', 'a@example.org, "Doe, Jane" <jane@example.org>', 'desk@', 'smtp://desk@127.0.0.1:2525', 'smtps://mail.example.org', 'https://x', 'out', 'x.eml'];
const value = fc.oneof(fc.constant(undefined), fc.constantFrom(...SAMPLES), fc.integer({ min: -3, max: 20 }), fc.double({ noNaN: true, min: -2, max: 2 }), fc.boolean(), fc.array(fc.constantFrom('pdf', 'md', 'a@example.org'), { maxLength: 2 }));

/** What a command cannot run without. */
const REQUIRED: Record<string, Record<string, unknown>> = { schedule: { cron: '*/5 * * * *' }, mail: { to: 'desk@example.org', eml: 'x.eml' } };

describe("the fast path's checks and the zod schema", () => {
  for (const command of COMMAND_SPECS) {
    it(`give the same answer for ${command.name}`, () => {
      const keys = Object.keys(command.options);
      // The defaults, with a few options changed, as the layers would hand them over.
      const defaults = { ...Object.fromEntries(Object.entries(command.options).map(([k, o]) => [k, o.default])), ...REQUIRED[command.name] };
      let ok = 0;
      fc.assert(
        fc.property(fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] }), fc.integer({ min: 0, max: 3 }), (changes, count) => {
          const raw: Record<string, unknown> = { ...defaults, ...Object.fromEntries(Object.entries(changes).slice(0, count)) };
          const quick = checkOptions(command, raw);
          const zod = schemaFor(command).safeParse(raw);
          if ('value' in quick) {
            ok++;
            expect(zod.success).toBe(true);
            expect(zod.data).toEqual(quick.value);
          } else {
            expect(zod.success).toBe(false);
            const issue = zod.error!.issues[0]!;
            expect(issue.message).toBe(quick.problem.message);
            expect(issue.path[0] ?? null).toBe(quick.problem.key);
          }
        }),
        { numRuns: 400 },
      );
      // Both outcomes were compared, not only refusals.
      expect(ok).toBeGreaterThan(10);
    });
  }

  it('both accept good values and refuse bad ones', () => {
    const build = COMMAND_SPECS.find((c) => c.name === 'build')!;
    expect(checkOptions(build, { corpus: 'news', out: 'o', format: 'md', paper: 'a4', length: 'short', 'max-file-size': 1, keep: 0, quiet: false, verbose: false, 'if-changed': false })).toMatchObject({ value: { corpus: 'news', formats: ['md'] } });
    expect(checkOptions(build, { corpus: 'news', out: 'o', format: 'md', paper: 'a4', length: 'short', 'max-file-size': 1, keep: 'x', quiet: false, verbose: false, 'if-changed': false })).toEqual({ problem: { key: 'keep', message: 'expected a whole number of editions, 0 or more; got "x"' } });
  });
});
