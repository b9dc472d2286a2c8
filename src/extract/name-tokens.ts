/** Roman numerals of regnal names ("Astrid II") and generational suffixes. */
const NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;
/** A capital inside a word is a name only after a short prefix (McCain, DeVos, MacArthur, LaGuardia). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}?\p{Lu}\p{Ll}+$|^(?:Mac|Van|Von|Del|Della)\p{Lu}\p{Ll}+$/u;

/**
 * A word that can be part of a person's name as printed: capitalised, not shouted, and not two
 * words glued together by a web page ("DoeFederal"). Hyphenated parts may be lower case ("Tae-jun").
 */
export function isNameToken(token: string): boolean {
  const t = token.replace(/['’]s$/, '');
  if (NUMERAL.test(t)) return true;
  if (!/^\p{Lu}/u.test(t)) return false;
  const parts = t.split('-');
  for (const [i, part] of parts.entries()) {
    if (!part) return false;
    const core = part.replace(/^(?:O['’]|D['’]|L['’])/u, '');
    if (!core) return false;
    if (i > 0 && /^\p{Ll}+$/u.test(core)) continue;
    if (/^\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?$/u.test(core)) continue;
    if (INNER_CAPITAL.test(core)) continue;
    return false;
  }
  return true;
}
