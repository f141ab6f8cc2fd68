import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from './types';
import { applyChange, normalizeList, parseViewState, serializeViewState } from './utils';

const full: ViewState = {
  area: '2607',
  mode: 'AFFILIATIONS',
  sectors: ['PUBLIC', 'NGO'],
  kinds: ['OPS', 'CIS'],
  ties: ['PARTNERSHIP', 'PROJECT'],
  asOf: '2019-06-28',
  node: 'cis-ostrowiec',
  focus: 'cis-ostrowiec',
  depth: 2,
  layout: 'concentric',
  size: 'betweenness',
  lang: 'en',
  panel: 'missing',
};

describe('URL ↔ view state', () => {
  it('round-trips every field', () => {
    expect(parseViewState(`?${serializeViewState(full)}`)).toEqual(full);
  });

  it('leaves defaults out, so the default view is the bare address', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
    expect(serializeViewState({ ...DEFAULT_VIEW, area: '2607', sectors: ['NGO', 'PUBLIC'] })).toBe(
      'area=2607&sectors=PUBLIC,NGO',
    );
  });

  it('drops what it does not know instead of failing', () => {
    const view = parseViewState(
      '?area=26x&mode=BOTH&sectors=NGO,CHURCH,NGO&asOf=2019-02-30&depth=3&layout=cose&size=pagerank&lang=de&panel=x&node=a%20b',
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, sectors: ['NGO'] });
  });

  it('keeps leading zeros of TERYT codes', () => {
    expect(parseViewState('?area=02').area).toBe('02');
    expect(serializeViewState({ ...DEFAULT_VIEW, area: '0201011' })).toBe('area=0201011');
  });

  it('treats a list naming every value as no filter', () => {
    expect(normalizeList(['A', 'B'], ['B', 'A'])).toEqual([]);
    expect(parseViewState('?sectors=PUBLIC,MARKET,NGO,SOCIAL_ECONOMY').sectors).toEqual([]);
    expect(normalizeList(['A', 'B', 'C'], ['C', 'A'])).toEqual(['A', 'C']);
  });
});

describe('applyChange', () => {
  it('starts a new area from a clean selection', () => {
    const next = applyChange(full, { area: '2601' });
    expect(next).toMatchObject({
      area: '2601',
      node: null,
      focus: null,
      panel: null,
      sectors: ['PUBLIC', 'NGO'],
    });
  });

  it('keeps the selection when the area stays', () => {
    expect(applyChange(full, { area: '2607', layout: 'grid' })).toMatchObject({ node: 'cis-ostrowiec' });
  });

  it('closes panels with the selection and resets depth when leaving the ego view', () => {
    expect(applyChange(full, { node: null }).panel).toBeNull();
    expect(applyChange(full, { focus: null }).depth).toBe(1);
  });
});
