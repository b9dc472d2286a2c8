/** A line of text and the character offset of its first character in the decoded file. */
export interface Line {
  text: string;
  orig: number;
}

export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const text of raw.split('\n')) {
    lines.push({ text, orig: at });
    at += text.length + 1;
  }
  return lines;
}

/** Drops `n` characters from the front of a line, keeping its offset true. */
export function dropFront(line: Line, n: number): Line {
  return { text: line.text.slice(n), orig: line.orig + n };
}

/** Trims white space on both sides, keeping the offset true. */
export function trimLine(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  return { text: line.text.trim(), orig: line.orig + lead };
}

/** The text of a line kept in parts (inline furniture cut out between them). */
export function textOf(parts: readonly Line[]): string {
  return parts.map((p) => p.text).join('');
}

/** Drops `n` characters from the front of a line kept in parts, keeping every part's offset true. */
export function dropFrontOf(parts: readonly Line[], n: number): Line[] {
  const out: Line[] = [];
  let left = n;
  for (const p of parts) {
    if (left >= p.text.length) {
      left -= p.text.length;
      continue;
    }
    out.push(left > 0 ? dropFront(p, left) : p);
    left = 0;
  }
  return out;
}
