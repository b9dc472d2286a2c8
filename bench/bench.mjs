// npm run bench: whole CLI processes against the floor (bench/floor.mjs), paired run by run so that
// a drift in the machine's speed moves both; the eight real corpora; then the pipeline stage by
// stage on synthetic corpora recombined from the real ones, with peak memory. See docs/BENCHMARKS.md.
//   BENCH_RUNS=5          runs of each whole-process measure (the median is reported)
//   BENCH_SIZES=100,1000,2000   synthetic corpus sizes (each in a fresh process)
//   BENCH_SYNTH_RUNS=1    runs of each synthetic size (the median total is kept)
//   BENCH_REAL=0          skip the real corpora
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { makeCorpus, realCorpora } from './synth.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,2000').split(',').filter(Boolean).map(Number);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const SYNTH_RUNS = Math.max(1, Number(process.env.BENCH_SYNTH_RUNS ?? 1));
const REAL = process.env.BENCH_REAL !== '0';
const CLI = join(ROOT, 'bin/attache.js');
const FLOOR = [join(ROOT, 'bench/floor.mjs')];
const DATE = '2025-12-01';
const work = mkdtempSync(join(tmpdir(), 'attache-bench-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const mb = (kb) => `${Math.round(kb / 1024)} MB`;

/** Wall time of one process, in ms; throws with its stderr when it fails. */
function run(args, before) {
  before?.();
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { ms, stdout: r.stdout };
}

/** A command and the floor in turn, RUNS times after one warm-up pair: median time and median ratio. */
function againstFloor(args, before) {
  run(FLOOR);
  run(args, before);
  const times = [];
  const ratios = [];
  const floors = [];
  for (let i = 0; i < RUNS; i++) {
    const f = run(FLOOR).ms;
    const m = run(args, before).ms;
    floors.push(f);
    times.push(m);
    ratios.push(m / f);
  }
  return { ms: median(times), floor: median(floors), ratio: median(ratios) };
}

const build = (corpus, out, ...extra) => [CLI, 'build', corpus, '--out', out, '--date', DATE, '--quiet', ...extra];
const fresh = (dir) => () => rmSync(dir, { recursive: true, force: true });

const cpu = cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'cpu';
console.log(`Attaché benchmark, ${new Date().toISOString().slice(0, 10)} — node ${process.version}, ${process.platform}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log(`Whole processes: median of ${RUNS}, each paired with a run of the floor. Synthetic corpora: ${SYNTH_RUNS} run(s) per size, each in a fresh process.`);

// The example corpus: the CLI as a user meets it.
const out = join(work, 'example');
const cold = againstFloor(build('corpus', out), fresh(out));
const mdJson = againstFloor(build('corpus', out, '--format', 'md,json'), fresh(out));
run(build('corpus', out, '--if-changed'), fresh(out));
const unchanged = againstFloor(build('corpus', out, '--if-changed'));
console.log('');
console.log('## Example corpus, whole CLI process');
console.log('');
console.log('| run | median | ÷ floor |');
console.log('|---|---:|---:|');
console.log(`| floor: node + react-pdf, one A4 page in Noto Sans regular and bold | ${fmt(cold.floor)} | 1 |`);
console.log(`| \`build corpus\` (PDF, Markdown, JSON), cold | ${fmt(cold.ms)} | ${cold.ratio.toFixed(2)}× |`);
console.log(`| \`build corpus --format md,json\` | ${fmt(mdJson.ms)} | ${mdJson.ratio.toFixed(2)}× |`);
console.log(`| \`build corpus --if-changed\`, nothing changed | ${fmt(unchanged.ms)} | ${unchanged.ratio.toFixed(2)}× |`);

// The real corpora: real-shaped text, every output.
// The PDF's layout by section, in one process after a warm-up render (bench/sections.mjs).
{
  const r = spawnSync(process.execPath, [join(ROOT, 'bench/sections.mjs'), join(ROOT, 'corpus'), String(RUNS)], { encoding: 'utf8' });
  if (r.status === 0) {
    const bySection = JSON.parse(r.stdout.trim().split('\n').pop());
    console.log('## PDF layout by section, example corpus (warm renderer, median of each)');
    console.log('');
    console.log('| part | ms |');
    console.log('|---|---:|');
    for (const [name, ms] of Object.entries(bySection)) console.log(`| ${name === 'whole' ? '**whole brief**' : name} | ${ms} |`);
    console.log('');
  } else console.log(`(sections: ${r.stderr.trim().split('\n').pop()})\n`);
}

const real = [];
if (REAL) {
  const dirs = realCorpora();
  if (!dirs.length) console.log('\n(no ../shared/real-corpora: real corpora skipped)');
  for (const dir of dirs) {
    const o = join(work, `real-${basename(dir)}`);
    const files = readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f));
    const words = files.reduce((n, f) => n + readFileSync(join(dir, f), 'utf8').split(/\s+/).length, 0);
    real.push({ name: basename(dir), articles: files.length, words, ...againstFloor(build(dir, o), fresh(o)) });
  }
  if (real.length) {
    console.log('');
    console.log('## Real corpora, whole CLI process, all outputs');
    console.log('');
    console.log('| corpus | articles | words | median | ÷ floor |');
    console.log('|---|---:|---:|---:|---:|');
    for (const r of real) console.log(`| ${r.name} | ${r.articles} | ${r.words.toLocaleString('en')} | ${fmt(r.ms)} | ${r.ratio.toFixed(2)}× |`);
  }
}

// Synthetic corpora: the pipeline stage by stage, each size in a fresh process so that peak memory is its own.
const rows = {};
if (SIZES.length) {
  console.log('');
  console.log('## Synthetic corpora recombined from the real ones, one process each');
  console.log('');
  console.log('| articles | words | ingest | segment | extract | consolidate | analysis | render md | render pdf | total | CPU | peak RSS | PDF pages | discrepancies |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
}
for (const n of SIZES) {
  const corpus = makeCorpus(join(work, `synthetic-${n}`), n);
  const words = readdirSync(corpus).reduce((w, f) => w + readFileSync(join(corpus, f), 'utf8').split(/\s+/).length, 0);
  const runs = [];
  for (let i = 0; i < SYNTH_RUNS; i++) runs.push(JSON.parse(run([join(ROOT, 'bench/stages.mjs'), corpus]).stdout.trim().split('\n').pop()));
  const s = runs.sort((a, b) => a.total - b.total)[Math.floor((runs.length - 1) / 2)];
  s.analysis = s.ingest + s.segment + s.extract + s.consolidate;
  s.maxRssKb = Math.max(...runs.map((r) => r.maxRssKb));
  rows[n] = s;
  console.log(`| ${n.toLocaleString('en')} | ${words.toLocaleString('en')} | ${fmt(s.ingest)} | ${fmt(s.segment)} | ${fmt(s.extract)} | ${fmt(s.consolidate)} | ${fmt(s.analysis)} | ${fmt(s.md)} | ${fmt(s.pdf)} | ${fmt(s.total)} | ${fmt(s.cpu)} | ${mb(s.maxRssKb)} | ${s.pages} | ${s.discrepancies} |`);
  rmSync(corpus, { recursive: true, force: true });
}

console.log('');
console.log('## Targets');
console.log('');
console.log('| target | measured | limit | met |');
console.log('|---|---:|---:|:---:|');
const row = (name, value, limit, unit = '×', digits = 2) => console.log(`| ${name} | ${value.toFixed(digits)}${unit} | ${limit}${unit} | ${value <= limit ? 'yes' : '**no**'} |`);
row('example corpus, all three outputs, cold CLI ÷ floor', cold.ratio, 2.0);
row('example corpus, `--format md,json` ÷ floor', mdJson.ratio, 0.5);
row('`--if-changed`, nothing changed ÷ floor', unchanged.ratio, 0.5);
if (real.length) {
  const slowest = real.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  row(`slowest real corpus (${slowest.name}), all outputs ÷ floor`, slowest.ratio, 3);
}
const [small, large] = [rows[100], rows[2000]];
if (small && large) {
  row('2,000 ÷ 100 synthetic articles, whole pipeline', large.total / small.total, 20, '×', 1);
  row('2,000 ÷ 100 synthetic articles, analysis alone (ingest to consolidate)', large.analysis / small.analysis, 20, '×', 1);
}
if (large) row('peak RSS at 2,000 synthetic articles', large.maxRssKb / 1024, 400, ' MB', 0);
rmSync(work, { recursive: true, force: true });
