/** Typed values read from a sentence: durations, money, counts of things, rough magnitudes. */

export interface Value {
  kind: 'duration' | 'money' | 'count' | 'magnitude';
  /** What is counted or the currency: "minutes", "USD", "agreements", "jobs". */
  unit: string;
  /** Interval the statement allows, in the unit's base (minutes, currency units, items). */
  low: number;
  high: number;
  text: string;
  start: number;
  end: number;
}

const NUM_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a dozen': 12, dozen: 12, 'half a dozen': 6, 'a couple of': 2, 'a pair of': 2,
};
const NUM = String.raw`(?:\d[\d,]*(?:\.\d+)?|half a dozen|a dozen|a couple of|a pair of|${Object.keys(NUM_WORDS).filter((w) => !w.includes(' ')).join('|')})`;
const QUAL = String.raw`(?:(more than|over|at least|upwards of|about|around|nearly|almost|some|roughly|approximately|just over|just under|under|less than|up to|barely|only)\s+)?`;

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, crore: 1e7, lakh: 1e5 };
const CURRENCY: Record<string, string> = {
  $: 'USD', us$: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP',
  '¥': 'JPY', jpy: 'JPY', yen: 'JPY', '₹': 'INR', rs: 'INR', 'rs.': 'INR', inr: 'INR', rupee: 'INR', rupees: 'INR', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', won: 'KRW', '₩': 'KRW',
  dirham: 'AED', dirhams: 'AED', aed: 'AED', riyal: 'SAR', riyals: 'SAR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', zloty: 'PLN', złoty: 'PLN', rupiah: 'IDR',
};

const DURATION = new RegExp(String.raw`\b${QUAL}(${NUM}|half an|an)[\s-]+(minutes?|mins?|hours?|hrs?)\b`, 'gi');
/** "2 hours and 11 minutes", "an hour, 20 minutes": one length, not two. */
const COMPOUND = new RegExp(String.raw`\b${QUAL}(${NUM}|an)\s+hours?(?:,?\s+and|,)?\s+(${NUM})\s+(?:minutes?|mins?)\b`, 'gi');
/** A time after or before something ("90 minutes after the meeting began") is a moment, not a length. */
const OFFSET = /^\s+(?:after|later|earlier|ago|into|behind|late|early|from now)\b/i;
const HALVES = new RegExp(String.raw`\b${QUAL}(?:(${NUM})\s+and\s+a\s+half\s+hours?|(an|one|two|three|four|five|six)\s+hours?\s+and\s+a\s+half)\b`, 'gi');
/**
 * "$300-to-500-billion", "$2bn–$3bn", "$300 to $500 billion": one amount between two bounds. A spelt-out
 * "to" counts only when the first figure borrows the second's scale: "from $3 million to $3 billion" is a change.
 */
const MONEY_RANGE = new RegExp(String.raw`(US\$|\$|€|£|¥|₹|₩)\s?(\d[\d,]*(?:\.\d+)?)\s?(thousand|million|billion|trillion|mn|bn|tn)?(?:\s?[–-]\s?|-to-|(?<=\d)\s+to\s+)(?:US\$|\$|€|£|¥|₹|₩)?\s?(\d[\d,]*(?:\.\d+)?)[\s-]?(thousand|million|billion|trillion|mn|bn|tn)\b`, 'gi');
const MONEY_SYMBOL = new RegExp(String.raw`${QUAL}(US\$|\$|€|£|¥|₹|₩|Rs\.?\s?|USD\s|EUR\s|INR\s)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|crore|lakh|mn|bn|tn|k|m|b)\b)?`, 'gi');
const MONEY_WORDS = new RegExp(String.raw`\b${QUAL}(${NUM})\s+(thousand|million|billion|trillion|crore|lakh)\s+(dollars|euros|pounds|yen|rupees|yuan|won|dirhams|riyals|roubles|rubles|zloty|złoty)\b`, 'gi');
const VAGUE_MONEY = /\b(hundreds|thousands|millions|billions|trillions) of (dollars|euros|pounds|yen|rupees|yuan|dirhams)\b/gi;
const COUNTED = String.raw`(agreements?|MoUs?|memorand(?:a|ums?)(?:\s+of\s+understanding)?|pacts?|deals?|accords?|contracts?|documents?|treaties)`;
// Counts need a number: "a deal" is not a count of one.
const COUNT_NUM = NUM.replace('|a|an|', '|');
const COUNT = new RegExp(String.raw`\b${QUAL}(${COUNT_NUM})\s+(?:(?:new|more|major|key|separate|bilateral|important|further|other|intergovernmental|commercial|business)\s+){0,2}${COUNTED}\b`, 'gi');
const MAGNITUDE = /\b(hundreds of thousands|tens of thousands|dozens|hundreds|thousands|millions|billions) of (?!(?:thousands|millions|billions|dollars|euros|pounds|yen|rupees|yuan|dirhams)\b)([a-z]+(?: [a-z]+)?)/gi;

const cache = new Map<string, Value[]>();

/** Lets go of the values read: the cache serves one search for discrepancies, not the rest of the process. */
export function forgetValues(): void {
  cache.clear();
}

/** Values in a text; each text is read once however many detectors ask. */
export function readValues(text: string): Value[] {
  let hit = cache.get(text);
  if (!hit) {
    if (cache.size > 50_000) cache.clear();
    cache.set(text, (hit = read(text)));
  }
  return hit;
}

function read(text: string): Value[] {
  const out: Value[] = [];
  const taken: [number, number][] = [];
  // "an hour and a half", "two and a half hours"
  for (const m of text.matchAll(HALVES)) {
    const n = (m[2] ? num(m[2]) : num(m[3]!)) ?? 1;
    out.push(interval('duration', 'minutes', (n + 0.5) * 60, m[1], m[0], m.index));
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(COMPOUND)) {
    const [h, min] = [m[2]!.toLowerCase() === 'an' ? 1 : num(m[2]!), num(m[3]!)];
    if (h === null || min === null) continue;
    taken.push([m.index, m.index + m[0].length]);
    if (!OFFSET.test(text.slice(m.index + m[0].length))) out.push(interval('duration', 'minutes', h * 60 + min, m[1], m[0], m.index));
  }
  for (const m of text.matchAll(DURATION)) {
    if (taken.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
    if (OFFSET.test(text.slice(m.index + m[0].length))) continue;
    const n = m[2]!.toLowerCase() === 'half an' ? 0.5 : m[2]!.toLowerCase() === 'an' ? 1 : num(m[2]!);
    if (n === null) continue;
    const minutes = /^h/i.test(m[3]!) ? n * 60 : n;
    out.push(interval('duration', 'minutes', minutes, m[1], m[0], m.index));
  }
  for (const m of text.matchAll(MONEY_RANGE)) {
    const cur = CURRENCY[m[1]!.trim().toLowerCase()] ?? 'USD';
    const [a, b] = [Number(m[2]!.replace(/,/g, '')), Number(m[4]!.replace(/,/g, ''))];
    const scale = (w: string | undefined) => SCALE[(w ?? '').toLowerCase()] ?? 1;
    const low = a * scale(m[3] ?? m[5]);
    const high = b * scale(m[5]);
    if (!Number.isFinite(low) || !Number.isFinite(high) || high <= low) continue;
    out.push({ kind: 'money', unit: cur, low, high, text: m[0], start: m.index, end: m.index + m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(MONEY_SYMBOL)) {
    if (taken.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
    const cur = CURRENCY[m[2]!.trim().toLowerCase()] ?? 'USD';
    const n = Number(m[3]!.replace(/,/g, ''));
    if (!Number.isFinite(n)) continue;
    out.push(interval('money', cur, n * (SCALE[(m[4] ?? '').toLowerCase()] ?? 1), m[1], m[0], m.index));
  }
  for (const m of text.matchAll(MONEY_WORDS)) {
    const n = num(m[2]!);
    if (n === null) continue;
    out.push(interval('money', CURRENCY[m[4]!.toLowerCase()] ?? 'USD', n * SCALE[m[3]!.toLowerCase()]!, m[1], m[0], m.index));
  }
  for (const m of text.matchAll(VAGUE_MONEY)) {
    const base = { hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 }[m[1]!.toLowerCase() as 'hundreds']!;
    out.push({ kind: 'money', unit: CURRENCY[m[2]!.toLowerCase()] ?? 'USD', low: base * 2, high: base * 1000, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(COUNT)) {
    const n = num(m[2]!);
    if (n === null || n > 500) continue;
    out.push(interval('count', 'agreements', n, m[1], m[0], m.index, true));
  }
  for (const m of text.matchAll(MAGNITUDE)) {
    const word = m[1]!.toLowerCase();
    // "hundreds" is 200–999; "thousands" runs up to the next named order, a million.
    const [low, high] = ({
      dozens: [24, 199], hundreds: [200, 999], thousands: [2e3, 999_999], 'tens of thousands': [2e4, 99_999],
      'hundreds of thousands': [2e5, 999_999], millions: [2e6, 999e6], billions: [2e9, 999e9],
    } as Record<string, [number, number]>)[word]!;
    // The counted thing: one or two words, stopping before a preposition ("workers from Chile").
    const words = m[2]!.toLowerCase().split(' ');
    const noun = (words[1] && !/^(?:from|in|at|to|for|of|on|with|and|or|who|which|that|are|were|have|had|now|will)$/.test(words[1]) ? words.join(' ') : words[0]!).replace(/s\b/g, '');
    if (/^(dollar|euro|pound|yen|rupee|yuan|dirham)/.test(noun)) continue;
    out.push({ kind: 'magnitude', unit: noun, low, high, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function num(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  return NUM_WORDS[w] ?? null;
}

function interval(kind: Value['kind'], unit: string, v: number, qual: string | undefined, text: string, at: number, exact = false): Value {
  const q = (qual ?? '').toLowerCase();
  let low = exact ? v : v * 0.9;
  let high = exact ? v : v * 1.1;
  if (/more than|over|at least|upwards of|just over/.test(q)) [low, high] = [v, Infinity];
  else if (/under|less than|up to|barely|just under|only/.test(q)) [low, high] = [0, v];
  else if (q) [low, high] = [v * 0.75, v * 1.25];
  return { kind, unit, low, high, text: text.trim(), start: at + (text.length - text.trimStart().length), end: at + text.trimEnd().length };
}

/** True when no single value satisfies both statements. */
export function disjoint(a: Value, b: Value): boolean {
  return a.high < b.low || b.high < a.low;
}

/** A value as a reader wants it on a side: "two-hour" → "two hours", "Hundreds of …" → "hundreds of …". */
export function valueWords(v: Value): string {
  const t = v.text.replace(/^(\S+)-(minute|hour)$/i, (_, n: string, u: string) => `${n} ${u}${/^(?:1|one|an?)$/i.test(n) ? '' : 's'}`);
  return /^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}
