// One corpus through every stage in this process; prints one JSON line of timings (ms).
// Usage: node bench/stages.mjs CORPUS [BRIEF_JSON_OUT] [--no-pdf]
// BRIEF_JSON_OUT (optional) receives the brief model, to check that a change keeps it identical.
import { writeFileSync } from 'node:fs';
import { readCorpus } from '../dist/ingest/read.js';
import { analyse } from '../dist/pipeline.js';
import { loadTemplates, renderMarkdown } from '../dist/render/markdown.js';
import { renderPdf } from '../dist/render/pdf.js';
import { collectGarbage } from '../dist/cli/gc.js';

const args = process.argv.slice(2);
const noPdf = args.includes('--no-pdf');
const [corpus, briefOut] = args.filter((a) => a !== '--no-pdf');
const t = {};
const start = performance.now();
const { files, warnings } = await readCorpus(corpus, { maxBytes: 10 << 20 });
const read = performance.now() - start;
const brief = analyse(files, { asOf: '2026-03-01', title: null, warnings, onStage: (stage, ms) => (t[stage] = ms) });
t.ingest += read;
if (briefOut) writeFileSync(briefOut, JSON.stringify(brief, null, 2));
collectGarbage();
let at = performance.now();
renderMarkdown(brief, loadTemplates(null));
t.md = performance.now() - at;
at = performance.now();
const pdf = noPdf ? null : await renderPdf(brief, { paper: 'A4', marking: null }, new Date('2026-03-01T00:00:00Z'));
t.pdf = noPdf ? 0 : performance.now() - at;
t.total = performance.now() - start;
t.maxRssKb = process.resourceUsage().maxRSS;
// CPU time of the whole process (user and system, every thread): steadier than wall time on a shared machine.
t.cpu = (process.cpuUsage().user + process.cpuUsage().system) / 1000;
t.pages = pdf ? (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length : 0;
t.discrepancies = brief.discrepancies.length;
t.bytes = files.reduce((n, f) => n + f.bytes.length, 0);
console.log(JSON.stringify(t));
