/**
 * Bytes -> text for the importers. Pure: runs in Node, in the browser and in a web worker.
 *
 * SIPRI's classic trade register is ISO-8859-1, newer exports are UTF-8, some copies were
 * re-saved with CRLF line endings and old Mac files use CR only. Everything leaves here as a
 * string with LF line endings and no BOM, so that a physical line of the file is a line of
 * the text (a CRLF pair counts as one line break, a lone CR as one).
 */

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Windows-1252 code points for bytes 0x80-0x9F (undefined slots map to the C1 control). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Windows-1252 by table, not with TextDecoder('windows-1252'): Node's decoder treats that label
 * as ISO-8859-1 (0x80 becomes U+0080, not the euro sign), browsers do not; this gives the same
 * text everywhere.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Array<number>(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** CRLF and lone CR become LF. */
export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * Decode a file: UTF-16 when it starts with a UTF-16 byte-order mark, UTF-8 when the bytes are
 * valid UTF-8, otherwise Windows-1252 (a superset of
 * the printable part of ISO-8859-1, which is what browsers do for "latin-1" too). Strips a
 * leading BOM and normalises line endings to LF.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  let text: string;
  let encoding: TextEncodingName;
  // UTF-16 with a byte-order mark ("Unicode text" from spreadsheets).
  const utf16: TextEncodingName | undefined =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16) {
    try {
      text = new TextDecoder(utf16).decode(bytes);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return { text: normaliseNewlines(text), encoding: utf16 };
    } catch {
      // Not decodable as UTF-16 after all: fall through.
    }
  }
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    encoding = 'utf-8';
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: normaliseNewlines(text), encoding };
}
