/**
 * Article text is data: every character HTML reads as markup or as the end of an attribute is
 * escaped, and control characters (which a browser draws as boxes) become spaces.
 */
export function esc(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' ').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The URL as a link target when it is a plain http(s) address, otherwise null: `javascript:`,
 * `data:` and anything a browser would resolve against the page are shown as text, never followed.
 */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed) || /[\s\u0000-\u001f\u007f]/.test(trimmed)) return null;
  try {
    const u = new URL(trimmed);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * A CSS string literal for text that goes inside <style>: every character but letters, digits
 * and spaces is a hex escape, so no quote, backslash or `</style>` can end the string or the sheet.
 * Each escape ends with the one space CSS swallows after it, so a real space that follows survives.
 */
export function cssString(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\u0000-\u001f\u007f]+/g, ' ')) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `"${out}"`;
}
