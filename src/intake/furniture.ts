import { z } from 'zod';
import furnitureJson from './page-furniture.json' with { type: 'json' };

const Furniture = z.object({
  selectors: z.array(z.string().min(1)),
  classOrId: z.array(z.string().regex(/^[\w-]+$/, 'letters, digits, - and _ only')),
  metaClasses: z.array(z.string().regex(/^[\w-]+$/, 'letters, digits, - and _ only')),
  metaTags: z.array(z.string().regex(/^[a-z][a-z0-9]*$/)),
  metaMaxChars: z.number().int().positive(),
});

const data = Furniture.parse(furnitureJson);

/** One selector for every piece of furniture (checked at load, so a typo in the data fails loudly). */
export const FURNITURE = [...data.selectors, ...data.classOrId.flatMap((c) => [`[class*="${c}" i]`, `[id*="${c}" i]`])].join(', ');

/** Elements that may be a byline or a date line, when short. */
export const META_BLOCKS = data.metaTags.flatMap((tag) => data.metaClasses.map((c) => `${tag}[class*="${c}" i]`)).join(', ');
export const META_MAX_CHARS = data.metaMaxChars;
