import { z } from 'zod';
const s = z.object({ a: z.array(z.object({ b: z.string().nullable().optional() })), c: z.union([z.object({d: z.number()}), z.null()]), e: z.string().default('x') });
const seen = new Set();
const walk = (t) => { const d = t._zod.def; console.log(d.type, Object.keys(d)); if (d.type==='object') for (const [k,v] of Object.entries(d.shape)) { seen.add(k); walk(v);} else if (d.type==='array') walk(d.element); else if (d.innerType) walk(d.innerType); else if (d.options) d.options.forEach(walk); };
walk(s); console.log([...seen]);
