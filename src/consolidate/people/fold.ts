/** The key two spellings of one name share: case, accents, hyphens and middle initials folded. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/, '')
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((t) => !/^\p{L}\.$/u.test(t))
    .join(' ');
}

/** Edit distance of at most one: "Raoul" and "Raul" are one name misspelt. */
export function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i);
  const rb = b.slice(i);
  return ra.slice(1) === rb.slice(1) || ra.slice(1) === rb || ra === rb.slice(1);
}

/** Same first and last word, one with a middle name ("Jane Ann Doe" and "Jane Doe"), or one given name misspelt. */
export function sameName(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length < 2 || y.length < 2) return false;
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  if (x.length !== y.length && x[0] === y[0]) return true;
  // "Ana Ruiz Soto" and "Ruiz Soto": the longer name ends with the whole of the shorter.
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length >= 2 && long.slice(-short.length).join(' ') === short.join(' ')) return true;
  return x.length === y.length && x.slice(1).join(' ') === y.slice(1).join(' ') && nearlyEqual(x[0]!, y[0]!);
}

const NUMERAL = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$/;

/** "Astrid II" is the full form of a monarch also written "Astrid". */
export function regnalBase(folded: string): string | null {
  const t = folded.split(' ');
  const last = t[t.length - 1]!;
  const before = t.slice(0, -1);
  return before.length >= 1 && before.length <= 2 && NUMERAL.test(last) && !before.some((w) => NUMERAL.test(w)) ? before.join(' ') : null;
}
