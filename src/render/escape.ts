/**
 * Article text is data: every character that Markdown or HTML would read as syntax is escaped,
 * so `<script>`, `[x](javascript:…)` and `{{…}}` show literally in any viewer or mail client.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&{}]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=>-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2')
    .replace(/\r?\n/g, ' ');
}

/** Escapes a table cell: also no line breaks, which would end the row. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text).replace(/\s+/g, ' ').trim();
}

function escapeLineStart(word: string): string {
  if (/^(?:[#>+=*-]|\d+[.)])/.test(word) && !word.startsWith('\\')) return word.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#>+=*-])/, '\\$1');
  return word;
}

/** Wraps prose at `width` columns; continuation lines get `indent`. Never breaks inside a word. */
export function wrap(text: string, width = 100, indent = ''): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const prefix = lines.length ? indent : '';
    if (line && prefix.length + line.length + 1 + w.length > width) {
      lines.push(prefix + line);
      // A word that would open a heading, quote or list at the start of a line is escaped there.
      line = escapeLineStart(w);
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push((lines.length ? indent : '') + line);
  return lines.join('\n');
}
