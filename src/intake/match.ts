import { AttacheError } from '../errors.js';

/** Whether a feed item's title and summary are about the story being followed. */
export type Matcher = (text: string) => boolean;

/**
 * `--match` as the user wrote it:
 * - `/pattern/flags`: a JavaScript regular expression (`/geothermal|fisheries/i` matches either);
 * - otherwise words, ALL of which must start a word of the title or summary, ignoring case and
 *   accents: "sigvaldsdottir portugal" matches "Sigvaldsdóttir arrives in Portugal", and "visit"
 *   matches "visits". A story is followed by its names, so every word narrows it.
 * An empty or missing expression matches everything.
 */
export function parseMatch(expr: string | null | undefined, option = '--match'): Matcher {
  const src = (expr ?? '').trim();
  if (!src) return () => true;
  const re = /^\/(.+)\/([a-z]*)$/s.exec(src);
  if (re) {
    let regex: RegExp;
    try {
      regex = new RegExp(re[1]!, re[2]!.replace(/[gy]/g, ''));
    } catch (e) {
      throw new AttacheError(option, `not a valid regular expression ${src}: ${(e as Error).message}`, 2);
    }
    return (text) => regex.test(text);
  }
  const words = fold(src).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) throw new AttacheError(option, `expected words or /regex/flags; got "${src}"`, 2);
  return (text) => {
    const have = fold(text).split(/[^\p{L}\p{N}]+/u);
    return words.every((w) => have.some((h) => h.startsWith(w)));
  };
}

/** Lower case without accents: "Sigvaldsdóttir" → "sigvaldsdottir". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ð/g, 'd')
    .replace(/þ/g, 'th')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss');
}

export { fold as foldAccents };
