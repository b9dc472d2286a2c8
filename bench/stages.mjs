// One corpus through every stage in this process; prints one JSON line of timings (ms).
import { readCorpus } from '../dist/ingest/read.js';
import { analyse } from '../dist/pipeline.js';
import { loadTemplates, renderMarkdown } from '../dist/render/markdown.js';
import { renderPdf } from '../dist/render/pdf.js';
import { collectGarbage } from '../dist/cli/gc.js';

const [corpus] = process.argv.slice(2);
const t = {};
const start = performance.now();
const { files, warnings } = await readCorpus(corpus, { maxBytes: 10 << 20 });
const read = performance.now() - start;
const brief = analyse(files, { asOf: '2026-03-01', title: null, warnings, onStage: (stage, ms) => (t[stage] = ms) });
t.ingest += read;
collectGarbage();
let at = performance.now();
renderMarkdown(brief, loadTemplates(null));
t.md = performance.now() - at;
at = performance.now();
const pdf = await renderPdf(brief, { paper: 'A4', marking: null }, new Date('2026-03-01T00:00:00Z'));
t.pdf = performance.now() - at;
t.total = performance.now() - start;
t.maxRssKb = process.resourceUsage().maxRSS;
t.pages = (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
t.discrepancies = brief.discrepancies.length;
console.log(JSON.stringify(t));
