import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../../src/ingest/index.js';
import type { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { ROOT } from './run.js';

export interface Expected {
  description: string;
  event: { visitor: { name: string; role: string; country: string }; host: { name: string; role: string; country: string }; location: string; start: string; end: string; kind: string; ordinal: string | null };
  people: { name: string; role: string; country: string }[];
  programmes: { name: string; aliases: string[] }[];
  notProgrammes: string[];
  timeline: { date: string; mentions: string }[];
  sections: Record<'agenda' | 'energyTrade' | 'geopolitics', string[]>;
  duplicates: { file: string; duplicateOf: string }[];
  discrepancies: { kind: string; about: string; files: string[]; quotes: string[] }[];
  mustNotFlag: { about: string; terms: string[] }[];
  noise: string[];
}

export function loadExpected(dir: string): Expected {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
}

/** Runs the whole analysis in-process on a fixture corpus's articles. */
export async function briefOf(dir: string, asOf: string): Promise<Brief> {
  const { files, warnings } = await readCorpus(join(dir, 'articles'), { maxBytes: 10 * 1024 * 1024 });
  return analyse(files, { asOf, title: null, warnings });
}

/**
 * Real coverage of real events, beside the repository (../shared/real-corpora): read from disk,
 * never copied in. Null where the folder is not there; tests that need it are skipped then.
 */
export const REAL_CORPORA: string | null = [join(ROOT, '../shared/real-corpora'), '/work/shared/real-corpora'].find((d) => existsSync(d)) ?? null;
