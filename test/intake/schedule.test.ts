import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBuildOptions, type BuildValues } from '../../src/cli/commands/build-options.js';
import { editionNote } from '../../src/cli/polling.js';
import { makeRunner } from '../../src/cli/runner.js';
import { pollFeeds, pollThenRebuild } from '../../src/intake/index.js';
import { tempDir } from '../helpers/run.js';
import { startFixtureServer, type FixtureServer } from './server.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

/**
 * What `attache schedule --feeds feeds.json --match "…"` does on each tick, with the scheduler's
 * own runner: poll, then a rebuild that does nothing when the corpus did not change.
 */
describe('a scheduled run with feeds', () => {
  it('builds the brief after a poll that added articles, and does nothing after one that did not', async () => {
    const dir = tempDir('attache-schedule-');
    const corpus = join(dir, 'corpus');
    const out = join(dir, 'out');
    const feedsFile = join(dir, 'feeds.json');
    writeFileSync(feedsFile, JSON.stringify({ feeds: ['quayside.rss', 'lodestar.atom', 'atlantic.json'].map((f) => ({ url: `${server.base}/feeds/${f}` })) }));
    const runnerLines: string[] = [];
    const runner = makeRunner(
      { ...toBuildOptions({ corpus, out, format: ['md', 'json'], date: '2027-04-17', paper: 'a4', length: 'standard', 'max-file-size': 10, keep: 5, 'if-changed': false, quiet: false, verbose: false } as unknown as BuildValues), log: () => undefined },
      { result: (l) => runnerLines.push(l), error: (l) => runnerLines.push(l) },
    );
    const lines: string[] = [];
    const tick = () =>
      pollThenRebuild({
        poll: () => pollFeeds({ feedsFile, corpus, match: 'Sigvaldsdottir Portugal', politeness: { delayMs: 0 }, log: (l) => lines.push(`feeds: ${l}`) }),
        rebuild: async () => editionNote(await runner.once()),
        log: (l) => lines.push(l),
      });

    const first = await tick();
    expect(first?.changed).toBe(true);
    expect(lines).toEqual(['4 new articles from 3 feeds; brief edition 1']);
    expect(runnerLines).toHaveLength(1);
    expect(runnerLines[0]).toMatch(/ built 2 files from 4 sources in \d+ ms$/);
    const brief = readFileSync(join(out, 'brief.md'), 'utf8');
    expect(brief).toMatch(/Sigvaldsd[oó]ttir/);
    const built = statSync(join(out, 'brief.md')).mtimeMs;

    const second = await tick();
    expect(second?.changed).toBe(false);
    expect(lines.slice(1)).toEqual(['no new articles from 3 feeds']);
    // The rebuild ran and found nothing changed: no new edition, the brief untouched.
    expect(runnerLines.slice(1)).toEqual([expect.stringMatching(/ unchanged: /)]);
    expect(statSync(join(out, 'brief.md')).mtimeMs).toBe(built);
    expect(existsSync(join(out, 'archive'))).toBe(false);
  });

  it('a poll that cannot run is one error line; the rebuild still runs (articles may come by hand), and the schedule goes on', async () => {
    const lines: string[] = [];
    const errors: string[] = [];
    let rebuilds = 0;
    const r = await pollThenRebuild({
      poll: () => pollFeeds({ feedsFile: join(tempDir('attache-schedule-'), 'none.json'), corpus: 'unused', log: (l) => lines.push(l) }),
      rebuild: async () => {
        rebuilds++;
        return 'brief edition 2';
      },
      log: (l) => lines.push(l),
      error: (l) => errors.push(l),
    });
    expect(r).toBeNull();
    expect(rebuilds).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^error: .*none\.json: feeds file not found; create it with `attache feeds add URL --feeds FILE`$/);
    // What the rebuild made is still its own line.
    expect(lines).toEqual(['brief edition 2']);
  });
});
