import { open, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import { paths } from '../paths.js';

/** The folder of stored source texts; the only place Source.text reads from. */
export const SOURCES_DIR = join(paths.seed, 'sources');

/** The largest text served (bytes): the seed pages are a few KB; anything bigger is not a page. */
export const SOURCE_TEXT_MAX_BYTES = 512 * 1024;

/** A file name as a source may give it: one plain name, no folder, no dot-dot, no hidden file. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,120}\.txt$/;

/**
 * The stored text of a source's `file`, or null when it has none, the name is not a plain file
 * name of the sources folder (a path, `..`, a link leading out), the file is missing, or it is
 * larger than `maxBytes`. Only the first maxBytes + 1 bytes are ever read.
 */
export async function readSourceText(
  file: string | null | undefined,
  { dir = SOURCES_DIR, maxBytes = SOURCE_TEXT_MAX_BYTES } = {},
): Promise<string | null> {
  if (!file || !FILE_NAME.test(file) || file.includes('..')) return null;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    const root = await realpath(dir);
    const real = await realpath(join(root, file));
    // A symbolic link inside the folder must not lead out of it.
    if (real !== join(root, file)) return null;
    handle = await open(real, 'r');
    const buffer = Buffer.alloc(maxBytes + 1);
    const { bytesRead } = await handle.read(buffer, 0, maxBytes + 1, 0);
    if (bytesRead > maxBytes) return null;
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** The stored text of the source with this id (readSourceText of its own file), or null. */
export async function readSourceDocument(driver: Driver, id: string): Promise<string | null> {
  const { records } = await driver.executeQuery(namedQuery('source-file'), { id }, { routing: 'READ' });
  return readSourceText(records[0]?.get('file') as string | null | undefined);
}
