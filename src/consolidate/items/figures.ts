/** Number words a sentence may write a figure with ("eleven agreements"); "one" is left out: it is rarely a figure. */
const WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};
const FIGURE = /(?<![\p{L}\p{N}])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{N}])|(?<![\p{L}])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?![\p{L}])/giu;

/**
 * The figures a text states, as plain numbers ("1,200" → "1200", "eleven" → "11"): a source that
 * gives another figure does not state the same claim.
 */
export function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FIGURE)) {
    if (m[1]) out.add(String(Number(m[1].replace(/,/g, ''))));
    else out.add(String(WORDS[m[2]!.toLowerCase()]!));
  }
  return out;
}
