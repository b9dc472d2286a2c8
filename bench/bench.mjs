// npm run bench: the pipeline on synthetic corpora of growing size, per stage, with peak memory;
// then the CLI targets as whole-process timings. Results are medians; see docs/BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { makeCorpus } from './synth.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'attache-bench-'));

function stagesOf(corpus) {
  // Each size in a fresh process, so peak memory is that corpus's alone.
  const r = spawnSync(process.execPath, [join(ROOT, 'bench/stages.mjs'), corpus, join(work, 'out')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function timeProcess(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

console.log(`Attaché benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log('');
console.log('| articles | ingest | segment | extract | consolidate | render md | render pdf | total | peak RSS | PDF pages | discrepancies |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const rows = {};
for (const n of SIZES) {
  const corpus = makeCorpus(join(work, `c${n}`), n);
  const s = stagesOf(corpus);
  rows[n] = s;
  console.log(`| ${n} | ${fmt(s.ingest)} | ${fmt(s.segment)} | ${fmt(s.extract)} | ${fmt(s.consolidate)} | ${fmt(s.md)} | ${fmt(s.pdf)} | ${fmt(s.total)} | ${Math.round(s.maxRssKb / 1024)} MB | ${s.pages} | ${s.discrepancies} |`);
}

console.log('');
const out = join(work, 'cli-out');
const floor = timeProcess([join(ROOT, 'bench/floor.mjs')]);
rmSync(out, { recursive: true, force: true });
const cold = (() => {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(out, { recursive: true, force: true });
    times.push(timeProcess([join(ROOT, 'bin/attache.js'), 'build', 'corpus', '--out', out, '--date', '2025-12-01', '--quiet']));
  }
  return median(times);
})();
const unchanged = timeProcess([join(ROOT, 'bin/attache.js'), 'build', 'corpus', '--out', out, '--date', '2025-12-01', '--if-changed', '--quiet']);
console.log('| target | measured | limit | met |');
console.log('|---|---:|---:|:---:|');
const row = (name, value, limit, unit = '×') => console.log(`| ${name} | ${value.toFixed(2)}${unit} | ${limit}${unit} | ${value <= limit ? 'yes' : 'no'} |`);
console.log(`| floor: node + react-pdf, one page | ${fmt(floor)} | | |`);
row('example corpus, cold CLI, all formats ÷ floor', cold / floor, 1.5);
row('--if-changed on an unchanged corpus ÷ floor', unchanged / floor, 0.5);
if (rows[100] && rows[1000]) row('1,000 articles ÷ 100 articles (pipeline total)', rows[1000].total / rows[100].total, 12);
if (rows[1000]) row('peak memory at 1,000 articles', rows[1000].maxRssKb / 1024, 400, ' MB');
if (rows[1000]) row('PDF pages at 1,000 articles', rows[1000].pages, 30, ' pages');
rmSync(work, { recursive: true, force: true });
