import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../paths.js';
import { expandFragments, parseFragments } from './fragments.js';

const cache = new Map<string, string>();
let fragments: ReturnType<typeof parseFragments> | undefined;

/** The shared expressions of cypher/fragments/ (the time model, text folding), read once. */
function sharedFragments() {
  fragments ??= new Map(
    readdirSync(join(cypherDir, 'fragments'))
      .filter((file) => file.endsWith('.cypher'))
      .sort()
      .flatMap((file) => [...parseFragments(readFileSync(join(cypherDir, 'fragments', file), 'utf8'))]),
  );
  return fragments;
}

function load(folder: 'queries' | 'writes', name: string): string {
  const key = `${folder}/${name}`;
  let text = cache.get(key);
  if (text === undefined) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Invalid statement name: ${name}`);
    const source = readFileSync(join(cypherDir, folder, `${name}.cypher`), 'utf8');
    text = expandFragments(source, sharedFragments(), `${key}.cypher`);
    cache.set(key, text);
  }
  return text;
}

/** A named, parameterised read from cypher/queries/<name>.cypher, read once (fragments expanded). */
export const namedQuery = (name: string): string => load('queries', name);

/** A named, parameterised write from cypher/writes/<name>.cypher, read once (fragments expanded). */
export const namedWrite = (name: string): string => load('writes', name);
