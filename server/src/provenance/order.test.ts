import { describe, expect, it } from 'vitest';
import { orderProvenance } from './order.js';
import type { AffiliationProvenance, SourceCitation } from './types.js';

const source = (id: string, publishedOn: string | null): SourceCitation => ({
  id,
  title: id,
  publisher: null,
  url: null,
  file: null,
  publishedOn,
  quote: 'q',
});
const affiliation = (
  id: string,
  start: string | null,
  sources: SourceCitation[] = [],
): AffiliationProvenance => ({
  id,
  type: 'COLLABORATION',
  label: id,
  kind: 'EVENT',
  start,
  end: null,
  datePrecision: null,
  sources,
  members: [
    { id: 'z', name: 'Żarki', role: 'HOST', asWritten: 'Gminę Żarki', identifiedBy: null },
    { id: 'a', name: 'Barka', role: 'ORGANIZER', asWritten: 'Barka', identifiedBy: null },
  ],
});

describe('orderProvenance', () => {
  it('puts affiliations and sources oldest first, undated last, ties broken by id', () => {
    const ordered = orderProvenance([
      affiliation('undated', null),
      affiliation('b-2017', '2017-06-20', [source('s2', null), source('s1', '2017-06-21')]),
      affiliation('a-2017', '2017-06-20'),
      affiliation('2014', '2014-10-28'),
    ]);
    expect(ordered.map((x) => x.id)).toEqual(['2014', 'a-2017', 'b-2017', 'undated']);
    expect(ordered[2]?.sources.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('lists members by name in Polish order and leaves its input untouched', () => {
    const input = [affiliation('x', null)];
    const [x] = orderProvenance(input);
    expect(x?.members.map((m) => m.name)).toEqual(['Barka', 'Żarki']);
    expect(input[0]?.members.map((m) => m.name)).toEqual(['Żarki', 'Barka']);
  });
});
