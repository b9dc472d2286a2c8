import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { AttacheError } from '../errors.js';
import { readJson, writeJson } from './json-file.js';
import { parseWebUrl } from './url.js';

const Feed = z.object({ url: z.string().min(1), name: z.string().optional() });
export type Feed = z.infer<typeof Feed>;

/** `{ "feeds": [{ "url": "…", "name": "…" }] }`; a bare list of URLs is read too. */
const FeedsFile = z.union([
  z.object({ feeds: z.array(Feed) }),
  z.array(z.string().min(1)).transform((urls) => ({ feeds: urls.map((url) => ({ url })) })),
]);

/** The feeds followed; a URL that is not http(s) is a one-line error naming the file. */
export async function readFeeds(path: string, { mustExist }: { mustExist: boolean }): Promise<Feed[]> {
  const data = await readJson(path, FeedsFile, 'feeds file');
  if (!data) {
    if (mustExist) throw new AttacheError(path, 'feeds file not found; create it with `attache feeds add URL --feeds FILE`');
    return [];
  }
  for (const f of data.feeds) {
    try {
      parseWebUrl(f.url, 'feed URL');
    } catch (e) {
      throw new AttacheError(path, (e as AttacheError).line);
    }
  }
  return data.feeds;
}

export async function writeFeeds(path: string, feeds: Feed[]): Promise<void> {
  await writeJson(path, { feeds }, 'feeds file');
}

/** The poll state lives beside the feeds file: `feeds.json` → `feeds.state.json`. */
export function statePathFor(feedsFile: string): string {
  const name = basename(feedsFile).replace(/\.json$/i, '');
  return join(dirname(feedsFile), `${name}.state.json`);
}
