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
