import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir } from '../paths.js';

// Every named statement under cypher/queries and cypher/writes is used by the code, and every
// name the code asks for exists: a file nobody loads is dead text that still looks like the truth.
const codeRoots = ['../../src', '../../../test', '../../../web/src'].map(
  (p) => new URL(p, import.meta.url).pathname,
);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'artifacts' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('queries.test.ts') ? [path] : [];
  });
}

const code = codeRoots.flatMap(tsFiles).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const statements = (['queries', 'writes'] as const).flatMap((folder) =>
  readdirSync(join(cypherDir, folder))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => ({ folder, name: f.slice(0, -'.cypher'.length) })),
);

describe('named Cypher statements', () => {
  it('every .cypher file under queries/ and writes/ is referenced by its name in the code', () => {
    const unused = statements.filter(
      ({ name }) => !code.some(({ text }) => text.includes(`'${name}'`) || text.includes(`"${name}"`)),
    );
    expect(unused.map((s) => `cypher/${s.folder}/${s.name}.cypher`)).toEqual([]);
  });

  it('every name given to namedQuery/namedWrite as a literal has its file', () => {
    const missing: string[] = [];
    for (const { file, text } of code) {
      for (const m of text.matchAll(/named(Query|Write)\(\s*'([^']+)'/g)) {
        const folder = m[1] === 'Query' ? 'queries' : 'writes';
        if (!statements.some((s) => s.folder === folder && s.name === m[2]))
          missing.push(`${relative(process.cwd(), file)}: ${folder}/${m[2]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
