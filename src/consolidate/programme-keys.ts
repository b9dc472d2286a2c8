import type { Annotated } from '../extract/index.js';

/** "KC390" → letters "KC", number "390"; null for names, slashed designators and "TYPE 58". */
const CORE = /^([A-Z]{1,4})(\d{1,4})$/;
/** "KC-390" is "C-390" with a role letter or two before it; more than two is another designator. */
const MAX_ROLE_LETTERS = 2;

/**
 * One key for every name of one programme: an acronym and its expansion ("lsmoa" and "logistics
 * support memorandum of agreement"), the role variants of a designator ("KC390" and "C390"), and a
 * designator and its own name ("RA12" and "kestrel"). Different numbers never join ("F16", "F15"),
 * and a name that designators of different numbers share joins none of them.
 */
export function joinedKeys(annotated: readonly Annotated[]): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k);
    return p === undefined || p === k ? k : find(p);
  };
  // The shorter key is the root (an acronym, the plain designator); ties by spelling, so the root never depends on reading order.
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x === y) return;
    const xFirst = x.length < y.length || (x.length === y.length && x < y);
    parent.set(xFirst ? y : x, xFirst ? x : y);
  };
  const designators = new Set<string>();
  const ownNames = new Map<string, Set<string>>();
  for (const a of annotated) {
    for (const m of a.programmes) {
      if (m.kind !== 'designator') {
        if (m.also) union(m.key, m.also);
        continue;
      }
      designators.add(m.key);
      if (m.also) ownNames.set(m.also, (ownNames.get(m.also) ?? new Set()).add(m.key));
    }
  }
  const byNumber = new Map<string, { key: string; letters: string }[]>();
  for (const key of designators) {
    const core = CORE.exec(key);
    if (core) byNumber.set(core[2]!, [...(byNumber.get(core[2]!) ?? []), { key, letters: core[1]! }]);
  }
  for (const same of byNumber.values()) {
    for (const a of same) {
      for (const b of same) {
        const extra = a.letters.length - b.letters.length;
        if (extra > 0 && extra <= MAX_ROLE_LETTERS && a.letters.endsWith(b.letters)) union(a.key, b.key);
      }
    }
  }
  for (const [name, keys] of ownNames) {
    const roots = new Set([...keys].map(find));
    if (roots.size === 1) union(name, [...keys][0]!);
  }
  return find;
}
