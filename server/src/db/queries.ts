import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../paths.js';

const cache = new Map<string, string>();

function load(folder: 'queries' | 'writes', name: string): string {
  const key = `${folder}/${name}`;
  let text = cache.get(key);
  if (text === undefined) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Invalid statement name: ${name}`);
    text = readFileSync(join(cypherDir, folder, `${name}.cypher`), 'utf8');
    cache.set(key, text);
  }
  return text;
}

/** A named, parameterised read from cypher/queries/<name>.cypher, read once. */
export const namedQuery = (name: string): string => load('queries', name);

/** A named, parameterised write from cypher/writes/<name>.cypher, read once. */
export const namedWrite = (name: string): string => load('writes', name);
