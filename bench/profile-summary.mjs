// Self time of a V8 CPU profile by module and by function, for finding hot spots:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/attache.js build corpus --format md,json
//   node bench/profile-summary.mjs /tmp/prof/*.cpuprofile [TOP]
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2).filter((a) => a.endsWith('.cpuprofile'));
const top = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 25);
if (!files.length) {
  console.error('usage: node bench/profile-summary.mjs PROFILE.cpuprofile… [TOP]');
  process.exit(2);
}

const byModule = new Map();
const byFunction = new Map();
const inclusive = new Map();
const moduleInclusive = new Map();
let total = 0;
for (const file of files) {
  const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(file, 'utf8'));
  const frame = new Map(nodes.map((n) => [n.id, n.callFrame]));
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Inclusive time: every function on the sample's stack, each counted once however deep it recurs.
  const stackCache = new Map();
  const stackOf = (id) => {
    let keys = stackCache.get(id);
    if (keys) return keys;
    const set = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = frame.get(at);
      if (f.url && !f.url.startsWith('node:')) set.add(`${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${f.lineNumber + 1}`);
    }
    const modules = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const m = moduleOf(frame.get(at).url);
      if (m) modules.add(m);
    }
    stackCache.set(id, (keys = { functions: [...set], modules: [...modules] }));
    return keys;
  };
  samples.forEach((id, i) => {
    const ms = (timeDeltas[i] ?? 0) / 1000;
    const f = frame.get(id);
    const module = moduleOf(f.url) || `(${f.functionName || 'native'})`;
    const fn = `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${f.lineNumber + 1}`;
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    const stack = stackOf(id);
    for (const k of stack.functions) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    for (const k of stack.modules) moduleInclusive.set(k, (moduleInclusive.get(k) ?? 0) + ms);
    total += ms;
  });
}

/** A package under node_modules, or the project file itself. */
function moduleOf(url) {
  if (!url) return '';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith('node:')) return 'node:*';
  return shortUrl(url);
}

function shortUrl(url) {
  return url.replace(/^file:\/\//, '').replace(/^.*?\/(dist|src|bench|bin|node_modules)\//, '$1/');
}

const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`);
};
console.log(`total ${total.toFixed(0)} ms in ${files.length} profile(s)`);
print('self time by module', byModule);
print('total time by module (samples with the module anywhere on the stack)', moduleInclusive);
print('self time by function', byFunction);
print('total time (self and callees) by function', inclusive);
