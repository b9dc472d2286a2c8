/** Bytes to text: BOMs honoured (UTF-8, UTF-16 LE/BE), otherwise UTF-8 with invalid bytes replaced. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Count of byte sequences that were not valid in the encoding. */
  invalid: number;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(bytes.subarray(2), 'utf-16be');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(bytes.subarray(3), 'utf-8');
  return finish(bytes, 'utf-8');
}

function finish(bytes: Uint8Array, encoding: Decoded['encoding']): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  let invalid = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) invalid++;
  // A replacement character written in the file itself is text, not a decoding error.
  if (invalid && encoding === 'utf-8') for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) invalid--;
  // NUL is never text; counted with the invalid bytes so the user hears of it.
  const nuls = text.split('\u0000').length - 1;
  return { text: text.replace(/\r\n?/g, '\n').replace(/\u0000/g, ''), encoding, invalid: invalid + nuls };
}
