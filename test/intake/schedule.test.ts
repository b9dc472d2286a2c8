import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBuildOptions, type BuildValues } from '../../src/cli/commands/build-options.js';
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
 * own runner: poll, and rebuild only when the corpus changed.
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
    let rebuilds = 0;
    const tick = () =>
      pollThenRebuild({
        poll: () => pollFeeds({ feedsFile, corpus, match: 'Sigvaldsdottir Portugal', politeness: { delayMs: 0 }, log: (l) => lines.push(`feeds: ${l}`) }),
        rebuild: async () => {
          rebuilds++;
          await runner.once();
          return `rebuild ${rebuilds}`;
        },
        log: (l) => lines.push(l),
      });

    const first = await tick();
    expect(first?.changed).toBe(true);
    expect(lines).toEqual(['4 new articles from 3 feeds; rebuild 1']);
    expect(runnerLines).toHaveLength(1);
    expect(runnerLines[0]).toMatch(/ built 2 files from 4 sources in \d+ ms$/);
    const brief = readFileSync(join(out, 'brief.md'), 'utf8');
    expect(brief).toMatch(/Sigvaldsd[oó]ttir/);
    const built = statSync(join(out, 'brief.md')).mtimeMs;

    const second = await tick();
    expect(second?.changed).toBe(false);
    expect(lines.slice(1)).toEqual(['no new articles from 3 feeds']);
    expect(runnerLines).toHaveLength(1);
    expect(statSync(join(out, 'brief.md')).mtimeMs).toBe(built);
    expect(existsSync(join(out, 'archive'))).toBe(false);
  });

  it('a poll that cannot run is one logged line; no rebuild, and the schedule goes on', async () => {
    const lines: string[] = [];
    let rebuilt = false;
    const r = await pollThenRebuild({
      poll: () => pollFeeds({ feedsFile: join(tempDir('attache-schedule-'), 'none.json'), corpus: 'unused', log: (l) => lines.push(l) }),
      rebuild: async () => {
        rebuilt = true;
      },
      log: (l) => lines.push(l),
    });
    expect(r).toBeNull();
    expect(rebuilt).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: .*none\.json: feeds file not found; create it with `attache feeds add URL --feeds FILE`$/);
  });
});
