import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from './types';
import { applyChange, normalizeList, parseViewState, serializeViewState } from './utils';

const full: ViewState = {
  area: '2607',
  boundary: 'hide',
  sourced: 'only',
  mode: 'AFFILIATIONS',
  sectors: ['PUBLIC', 'NGO'],
  kinds: ['OPS', 'CIS'],
  ties: ['PARTNERSHIP', 'PROJECT'],
  asOf: '2019-06-28',
  node: 'cis-ostrowiec',
  edge: null,
  mark: 'pup-ostrowiec',
  focus: 'cis-ostrowiec',
  depth: 2,
  layout: 'concentric',
  size: 'betweenness',
  topTies: '3',
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

  it('sizes by any measure of the registry, and reads the size names of earlier links', () => {
    expect(parseViewState('?size=eiIndex').size).toBe('eiIndex');
    expect(parseViewState('?size=strength').size).toBe('weightedDegree');
  });

  it('drops what it does not know instead of failing', () => {
    const view = parseViewState(
      '?area=26x&mode=BOTH&sectors=NGO,CHURCH,NGO&asOf=2019-02-30&depth=3&layout=cose&size=pagerank&top=4&lang=de&panel=x&node=a%20b',
    );
    // A malformed area is kept, so the explorer can name it instead of drawing another area.
    expect(view).toEqual({ ...DEFAULT_VIEW, area: '26x', sectors: ['NGO'] });
  });

  it('keeps the area of the link as written (PL, unknown codes) and the boundary switch', () => {
    expect(parseViewState('?area=PL').area).toBe('PL');
    expect(parseViewState('?area=9999').area).toBe('9999');
    expect(parseViewState('?area=%3Cscript%3E').area).toBeNull();
    expect(parseViewState('?outside=hide').boundary).toBe('hide');
    expect(parseViewState('?outside=x').boundary).toBe('show');
    expect(serializeViewState({ ...DEFAULT_VIEW, area: 'PL', boundary: 'hide' })).toBe(
      'area=PL&outside=hide',
    );
  });

  it('keeps a selected line (edge ids join their ends) unless a node is selected', () => {
    const line = { ...DEFAULT_VIEW, area: '2607', edge: 'lgd-krzemienny-krag--pcpr-ostrowiec' };
    expect(parseViewState(`?${serializeViewState(line)}`)).toEqual(line);
    const member = { ...DEFAULT_VIEW, mode: 'AFFILIATIONS' as const, edge: 'pup-ostrowiec->spotkanie' };
    expect(parseViewState(`?${serializeViewState(member)}`)).toEqual(member);
    expect(parseViewState('?node=a&edge=a--b')).toMatchObject({ node: 'a', edge: null });
  });

  it('keeps a marked candidate only with its institution and open missing-partner list', () => {
    expect(parseViewState('?node=a&panel=missing&mark=b').mark).toBe('b');
    expect(parseViewState('?node=a&mark=b').mark).toBeNull();
    expect(parseViewState('?panel=missing&mark=b').mark).toBeNull();
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

  it('selects a node or a line, never both', () => {
    const line = applyChange(full, { edge: 'a--b' });
    expect(line).toMatchObject({ edge: 'a--b', node: null, panel: null, mark: null });
    expect(applyChange(line, { node: 'a' })).toMatchObject({ node: 'a', edge: null });
    expect(applyChange(line, { area: '2601' }).edge).toBeNull();
    expect(applyChange(line, { focus: 'a', node: 'a' }).edge).toBeNull();
    expect(applyChange(line, { layout: 'grid' }).edge).toBe('a--b');
  });

  it('drops the mark with another node or a closed list, keeps it otherwise', () => {
    expect(applyChange(full, { node: 'other' }).mark).toBeNull();
    expect(applyChange(full, { panel: null }).mark).toBeNull();
    expect(applyChange(full, { size: 'degree' }).mark).toBe('pup-ostrowiec');
    expect(applyChange(full, { mark: 'x' }).mark).toBe('x');
  });

  it('closes panels with the selection and resets depth when leaving the ego view', () => {
    expect(applyChange(full, { node: null }).panel).toBeNull();
    expect(applyChange(full, { focus: null }).depth).toBe(1);
  });
});
