import { MONTHS } from '../../data/index.js';
import type { NoiseRule } from './types.js';

const HANDLE = String.raw`\(@[\w.]{1,30}\)`;
const DATE = String.raw`(?:${MONTHS.join('|')})[a-z]*\.?\s+\d{1,2},\s+\d{4}`;
const POST = new RegExp(
  [
    // "… post text — Display Name (@handle) June 3, 2026": the signature an embedded post ends with.
    String.raw`(?:[—–]|--?)\s*[^()]{1,80}${HANDLE}\s+${DATE}$`,
    // "A video posted by Display Name (@handle) on Jun 3, 2026 at 8:44am PDT"
    String.raw`\ba\s+(?:video|photo|post)\s+(?:posted|shared)\s+by\s+[^()]{1,80}${HANDLE}\s+on\s+.{1,50}$`,
    // "Display Name (@handle) post text …": the post's header on the same line as its text.
    String.raw`^[^()]{1,80}${HANDLE}\s`,
    // A line that ends in a post's picture link is the post itself.
    String.raw`\bpic\.twitter\.com\/\w+$`,
  ].join('|'),
  'iu',
);

/**
 * Posts embedded from social networks. They repeat a quote the story already reports, or add a
 * stranger's post; either way the brief must not quote a handle's signature as news.
 */
export const socialPosts: NoiseRule = {
  name: 'social-posts',
  // Every pattern needs a handle or a picture link: most lines have neither, and are passed over cheaply.
  test: (line) => (line.includes('(@') || line.includes('pic.twitter.com/')) && POST.test(line),
};
