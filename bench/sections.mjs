// The PDF's layout work by section: the brief of one corpus rendered with one section at a time
// (the others emptied), less the render of the empty brief (title block, key facts, sources).
// Prints one JSON line: { section: ms } (medians of RUNS renders, after a warm-up render).
// Usage: node bench/sections.mjs CORPUS [RUNS]
import { readCorpus } from '../dist/ingest/read.js';
import { analyse } from '../dist/pipeline.js';
import { renderPdf } from '../dist/render/pdf.js';

const [corpus, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 3);
const { files, warnings } = await readCorpus(corpus, { maxBytes: 10 << 20 });
const brief = analyse(files, { asOf: '2026-03-01', title: null, warnings });
const SECTIONS = { keyPoints: 'Key points', overview: 'Overview', agenda: 'Agenda', defenceProgrammes: 'Defence programmes', energyTrade: 'Energy and trade', geopolitics: 'Geopolitics', timeline: 'Timeline', discrepancies: 'Source discrepancies' };
const empty = { ...brief, ...Object.fromEntries(Object.keys(SECTIONS).map((k) => [k, []])) };
const created = new Date('2026-03-01T00:00:00Z');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(b) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const at = performance.now();
    await renderPdf(b, { paper: 'A4', marking: null, length: 'standard' }, created);
    ms.push(performance.now() - at);
  }
  return median(ms);
}
await time(brief); // warm-up: modules, fonts, first layout
const out = { whole: Math.round(await time(brief)) };
const base = await time(empty);
out['title block, key facts, sources'] = Math.round(base);
for (const [key, name] of Object.entries(SECTIONS)) out[name] = Math.max(0, Math.round((await time({ ...empty, [key]: brief[key] })) - base));
console.log(JSON.stringify(out));
