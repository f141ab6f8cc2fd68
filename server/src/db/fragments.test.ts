import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir } from '../paths.js';
import { expandFragments, parseFragments } from './fragments.js';
import { namedQuery } from './queries.js';

const fragments = parseFragments(`
// a comment
:def double(v)
%v * 2

:def sum(a, b)
@double(%a) + %b
`);

describe('Cypher fragments', () => {
  it('puts each call in, arguments substituted, nested calls too', () => {
    expect(expandFragments('RETURN @sum(x.n, [1, 2][0]) AS y', fragments)).toBe(
      'RETURN ((x.n * 2) + [1, 2][0]) AS y',
    );
  });

  it('refuses an unknown fragment or a wrong argument count', () => {
    expect(() => expandFragments('RETURN @nope(1)', fragments, 'q.cypher')).toThrow(
      'q.cypher: unknown fragment @nope',
    );
    expect(() => expandFragments('RETURN @sum(1)', fragments)).toThrow('takes 2 arguments');
  });

  // The time model in one place: no query reads a date of a membership or affiliation itself
  // (except the import's raw read-back of stored values, the survey's answers, whose `since` is
  // the year a respondent reports, not a membership's period, and the first screen's summary, which
  // only asks for the newest date the data mentions); each goes through
  // cypher/fragments/time.cypher.
  it('leaves no query writing its own date rule, and expands every query', () => {
    const dated = /\.(since|until|signedOn|startedOn|endedOn)\b/;
    const names = readdirSync(join(cypherDir, 'queries')).map((f) => f.replace(/\.cypher$/, ''));
    for (const name of names) {
      const own = readFileSync(join(cypherDir, 'queries', `${name}.cypher`), 'utf8');
      const exempt =
        name.startsWith('import-existing-') || name.startsWith('survey-') || name === 'data-summary';
      if (!exempt) expect(own, name).not.toMatch(dated);
      expect(namedQuery(name), name).not.toMatch(/@[A-Za-z]\w*\(/);
    }
    expect(namedQuery('institution-partners')).toMatch(dated);
  });
});
