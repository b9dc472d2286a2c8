import { sameName } from './fold.js';
import { absorb, top, type Group } from './group.js';

/** Folds spelling variants of one name into the most mentioned of them. */
export function mergeVariants(groups: Map<string, Group>): void {
  const keys = [...groups.keys()].sort((a, b) => groups.get(b)!.mentions - groups.get(a)!.mentions || (a < b ? -1 : 1));
  for (let i = 0; i < keys.length; i++) {
    const keep = groups.get(keys[i]!);
    if (!keep) continue;
    for (let j = i + 1; j < keys.length; j++) {
      const other = groups.get(keys[j]!);
      if (!other || !sameName(keys[i]!, keys[j]!)) continue;
      const c1 = top(keep.countries);
      const c2 = top(other.countries);
      if (c1 && c2 && c1 !== c2) continue;
      absorb(keep, other);
      groups.delete(keys[j]!);
    }
  }
}

/** Groups by the last word of their key: a spelling of a name shares its last word with it. */
export function indexByLastWord(groups: Map<string, Group>): Map<string, [string, Group][]> {
  const out = new Map<string, [string, Group][]>();
  for (const [k, g] of groups) {
    const last = k.slice(k.lastIndexOf(' ') + 1);
    out.set(last, [...(out.get(last) ?? []), [k, g]]);
  }
  return out;
}

export function findSame(byLast: Map<string, [string, Group][]>, key: string): Group | undefined {
  for (const [k, g] of byLast.get(key.slice(key.lastIndexOf(' ') + 1)) ?? []) if (sameName(k, key)) return g;
  return undefined;
}
