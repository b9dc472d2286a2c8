import iconv from 'iconv-lite';

/**
 * Labels browsers read as another encoding (WHATWG Encoding): a page that says ISO-8859-1 is
 * decoded as windows-1252, so its curly quotes and dashes in 0x80–0x9F come out right.
 */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'l1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-sjis': 'shift_jis',
};

/** `text/html; charset="ISO-8859-1"` → { type: 'text/html', charset: 'iso-8859-1' } */
export function parseContentType(header: string | null): { type: string; charset: string | null } {
  if (!header) return { type: '', charset: null };
  const [type = '', ...params] = header.split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

/**
 * The text of a page or feed. The byte-order mark wins, then the Content-Type charset, then what
 * the document says of itself in its first 2 KiB (`<meta charset>`, `<meta http-equiv>`, the XML
 * declaration), then UTF-8.
 */
export function decode(bytes: Uint8Array, headerCharset: string | null): { text: string; charset: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const label = bomOf(buf) ?? usable(headerCharset) ?? usable(declaredIn(buf)) ?? 'utf-8';
  let text = iconv.decode(buf, label);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, charset: label };
}

function bomOf(buf: Buffer): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

/** A label iconv-lite knows, after the browser aliases; null for an unknown or missing one. */
function usable(label: string | null): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** The charset a document declares in its first 2 KiB (read as ASCII: the labels are). */
function declaredIn(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString('latin1');
  return XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1] ?? null;
}
