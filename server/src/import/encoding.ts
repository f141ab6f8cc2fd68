import iconv from 'iconv-lite';

// Text files as people really have them: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode
// text"), and the single-byte encodings Polish Excel and older systems save, Windows-1250 and
// ISO-8859-2. The two single-byte ones differ in ą, ś, ź (and capitals): the decoding that yields
// more Polish letters and fewer stray symbols wins.

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1250' | 'ISO-8859-2';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** A file that cannot be read as text at all; `line` where the trouble starts, when known. */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

const POLISH = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/g;
// What the other single-byte encoding makes of Polish letters, and C1 controls.
const STRAY = /[±¶Ľ¦¬ˇ\u0080-\u009f]/g;
// Control characters no text file holds, and the replacement character for undecodable bytes.
const BINARY_SOURCE = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFD]';
const BINARY = new RegExp(BINARY_SOURCE);
// UTF-8 decoded as Windows-1250 or Latin-1 and saved again: "Ä…" for "ą", "Ĺ‚" for "ł", "Ã³" for "ó".
// Polish letters are two UTF-8 bytes led by C3, C4 or C5; the second byte is 80–BF.
const CONTINUATION = `${iconv.decode(Buffer.from(Array.from({ length: 64 }, (_, i) => 0x80 + i)), 'windows-1250').replace(/\uFFFD/g, '')}\u0080-\u00bf`;
const DOUBLE_ENCODED = new RegExp(`[ĂÄĹÃÅ][${CONTINUATION}]`);

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

function utf16WithoutBom(buffer: Buffer): 'UTF-16LE' | 'UTF-16BE' | null {
  const sample = buffer.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'UTF-16LE';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'UTF-16BE';
  return null;
}

function decodeSingleByte(buffer: Buffer): DecodedText {
  const cp1250 = iconv.decode(buffer, 'windows-1250');
  const iso = iconv.decode(buffer, 'iso-8859-2');
  const score = (text: string) => count(text, POLISH) - 2 * count(text, STRAY);
  // Polish Excel saves Windows-1250: it wins a tie.
  return score(iso) > score(cp1250)
    ? { text: iso, encoding: 'ISO-8859-2' }
    : { text: cp1250, encoding: 'Windows-1250' };
}

function check({ text, encoding }: DecodedText): DecodedText {
  const garbled = DOUBLE_ENCODED.exec(text);
  if (garbled) {
    const line = lineOf(text, garbled.index);
    throw new UnreadableFileError(
      `The Polish letters are garbled ("${garbled[0]}" on line ${line}): the file was converted to UTF-8 twice. Open the original and save it once as "CSV UTF-8".`,
      line,
    );
  }
  const binary = BINARY.exec(text);
  if (binary) {
    throw new UnreadableFileError(
      `The file is not text in UTF-8, UTF-16, Windows-1250 or ISO-8859-2 (read as ${encoding}, line ${lineOf(text, binary.index)} holds bytes no text has). Is it a spreadsheet or a PDF saved under another name?`,
      lineOf(text, binary.index),
    );
  }
  return { text, encoding };
}

/** Decodes a text file, telling which encoding it was in; throws UnreadableFileError when it is none. */
export function decodeText(buffer: Buffer): DecodedText {
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return check({ text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8' });
  }
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return check({ text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' });
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    return check({ text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' });
  }
  const utf16 = utf16WithoutBom(buffer);
  if (utf16) return check({ text: iconv.decode(buffer, utf16.toLowerCase()), encoding: utf16 });
  try {
    return check({ text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'UTF-8' });
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    return check(decodeSingleByte(buffer));
  }
}
