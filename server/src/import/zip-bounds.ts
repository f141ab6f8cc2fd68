/**
 * What an XLSX (a zip) says it unpacks to, read from its central directory before anything is
 * inflated: a 19 MB workbook that unpacks to 312 MB is refused in milliseconds instead of taking
 * gigabytes and the event loop for most of a minute. The declared sizes can lie; the worker that
 * then parses the file has its own heap limit for that case (import-worker.ts).
 */

export interface ZipBounds {
  /** Most bytes all entries may unpack to together. */
  maxUnpackedBytes: number;
  /** Most entries (files) in the zip. */
  maxEntries: number;
}

/** Excel's own workbooks have a few dozen entries; a thousand leaves room for many sheets. */
export const DEFAULT_MAX_ENTRIES = 1_000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const ZIP64_MARKER = 0xffffffff;

const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;

/**
 * Why the zip must not be unpacked (a sentence for the user), or null when its declared sizes and
 * entry count are within the bounds. A buffer that is not a readable zip gives null: the parser
 * reports that itself.
 */
export function zipBoundsProblem(buffer: Buffer, bounds: ZipBounds): string | null {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) return null;
  const entries = buffer.readUInt16LE(eocd + 10);
  const directorySize = buffer.readUInt32LE(eocd + 12);
  const directoryOffset = buffer.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === ZIP64_MARKER || directorySize === ZIP64_MARKER) {
    return 'The workbook is a ZIP64 archive (meant for files over 4 GB), which is not imported; save it again in Excel or split it.';
  }
  if (entries > bounds.maxEntries) {
    return `The workbook holds ${entries} files inside; at most ${bounds.maxEntries} are read. Save it again in Excel or split it.`;
  }
  let unpacked = 0;
  let at = directoryOffset;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const size = buffer.readUInt32LE(at + 24);
    if (size === ZIP64_MARKER) {
      return 'The workbook holds a part over 4 GB (ZIP64), which is not imported; split it into smaller files.';
    }
    unpacked += size;
    if (unpacked > bounds.maxUnpackedBytes) {
      return `The workbook unpacks to more than ${mb(bounds.maxUnpackedBytes)} (its parts declare ${mb(totalDeclared(buffer, directoryOffset, entries))}), more than is imported at once. Split it into smaller files or save the sheets as CSV.`;
    }
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return null;
}

function totalDeclared(buffer: Buffer, offset: number, entries: number): number {
  let total = 0;
  let at = offset;
  for (let i = 0; i < entries && at + 46 <= buffer.length; i += 1) {
    if (buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) break;
    total += buffer.readUInt32LE(at + 24);
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return total;
}

/** The end-of-central-directory record: within the last 64 KiB + 22 bytes (its comment may precede). */
function findEndOfCentralDirectory(buffer: Buffer): number {
  const stop = Math.max(0, buffer.length - EOCD_MIN - 0xffff);
  for (let at = buffer.length - EOCD_MIN; at >= stop; at -= 1) {
    if (buffer.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}
