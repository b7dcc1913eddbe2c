import { ReportError } from './errors.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030';
  /** True when a byte-order mark was stripped. */
  hadBom: boolean;
  /** True when CRLF or lone CR line endings were converted to LF. */
  convertedLineEndings: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const GB18030_BOM = [0x84, 0x31, 0x95, 0x33];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** 1-based line of a byte offset: counts LF bytes before it (LF is 0x0A in UTF-8 and GB18030 alike). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** Length of the valid UTF-8 sequence starting at `index`, or 0 if the bytes there are not valid UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const byte = bytes[index]!;
  const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
  for (let next = 1; next < length; next++) {
    const continuation = bytes[index + next];
    if (continuation === undefined || (continuation & 0xc0) !== 0x80) return 0;
  }
  return length;
}

/**
 * Reads the bytes as UTF-8 as far as they go: where the first invalid byte is, and how many non-ASCII bytes form
 * valid UTF-8 sequences. GB18030 text almost never forms valid multi-byte UTF-8, so a file that mostly does is
 * UTF-8 with damage, not GB18030 (decoding it as GB18030 would turn it into mojibake).
 */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; validMultibyte: number; nonAscii: number } {
  let firstInvalid = -1;
  let validMultibyte = 0;
  let nonAscii = 0;
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (bytes[index]! >= 0x80) nonAscii += Math.max(length, 1);
    if (length > 1) validMultibyte += length;
    if (length === 0 && firstInvalid === -1) firstInvalid = index;
    index += Math.max(length, 1);
  }
  return { firstInvalid, validMultibyte, nonAscii };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Turns the bytes of a report file into text with LF line endings.
 * UTF-8 is tried first; GB18030 (a superset of GBK and GB2312) is the fallback, as Chinese government sites
 * still publish in it. Throws a ReportError for empty, binary or undecodable input.
 */
export function decodeReport(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ReportError(1, 'empty file');
  // UTF-16 is full of NUL bytes and would otherwise be called binary; say what it is and what to do instead.
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) throw new ReportError(1, 'UTF-16 text is not supported; save the report as UTF-8 (or GB18030)');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ReportError(lineOfByte(bytes, nul), 'binary file (NUL byte), not a text report');

  let hadBom = false;
  let body = bytes;
  let encoding: DecodedText['encoding'] | null = null;
  if (startsWith(bytes, UTF8_BOM)) {
    body = bytes.subarray(UTF8_BOM.length);
    hadBom = true;
    encoding = 'utf-8';
  } else if (startsWith(bytes, GB18030_BOM)) {
    body = bytes.subarray(GB18030_BOM.length);
    hadBom = true;
    encoding = 'gb18030';
  }

  let text: string | null = null;
  if (encoding !== 'gb18030') {
    text = tryDecode(body, 'utf-8');
    if (text !== null) encoding = 'utf-8';
  }
  const scan = text === null ? scanUtf8(body) : null;
  if (scan && scan.validMultibyte >= scan.nonAscii / 2) {
    throw new ReportError(lineOfByte(body, scan.firstInvalid), 'undecodable text: invalid UTF-8 in a UTF-8 file');
  }
  if (text === null && encoding !== 'utf-8') {
    text = tryDecode(body, 'gb18030');
    if (text !== null) encoding = 'gb18030';
  }
  if (text === null || encoding === null) {
    throw new ReportError(lineOfByte(body, Math.max(scan?.firstInvalid ?? 0, 0)), 'undecodable text: neither UTF-8 nor GB18030');
  }

  const controlCharacter = /[\u0001-\u0008\u000e-\u001f\u007f]/.exec(text);
  if (controlCharacter) {
    const line = text.slice(0, controlCharacter.index).split('\n').length;
    throw new ReportError(line, `binary file (control character U+${controlCharacter[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}), not a text report`);
  }

  const normalized = text.replace(/\r\n?/g, '\n');
  return { text: normalized, encoding, hadBom, convertedLineEndings: normalized !== text };
}
