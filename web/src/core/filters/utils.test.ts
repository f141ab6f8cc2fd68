import { describe, expect, it } from 'vitest';
import { SECTORS } from '../network/types';
import { activeFilterCount, included, onlyValue, toggleValue } from './utils';

describe('sector filter', () => {
  it('unticks one from all, keeping the others', () => {
    expect(toggleValue(SECTORS, [], 'MARKET')).toEqual(['PUBLIC', 'NGO', 'SOCIAL_ECONOMY']);
  });

  it('ticks values back, and all ticked is no filter', () => {
    expect(toggleValue(SECTORS, ['PUBLIC'], 'NGO')).toEqual(['PUBLIC', 'NGO']);
    expect(toggleValue(SECTORS, ['PUBLIC', 'NGO', 'SOCIAL_ECONOMY'], 'MARKET')).toEqual([]);
  });

  it('never unticks the last value', () => {
    expect(toggleValue(SECTORS, ['NGO'], 'NGO')).toEqual(['NGO']);
  });

  it('filters to one value', () => {
    expect(onlyValue(SECTORS, 'NGO')).toEqual(['NGO']);
  });

  it('reads an empty list as everything', () => {
    expect(included(SECTORS, []).size).toBe(4);
    expect([...included(SECTORS, ['NGO'])]).toEqual(['NGO']);
  });

  it('counts the filters in force', () => {
    expect(activeFilterCount([[], ['NGO'], []], null)).toBe(1);
    expect(activeFilterCount([['CIS'], ['NGO'], []], '2020-01-01')).toBe(3);
  });
});
