import { describe, expect, it } from 'vitest';
import { suggestionOf } from './utils';

const loaded = {
  status: 'success' as const,
  data: { candidates: [{ institution: { id: 'pup', label: 'PUP', sector: 'PUBLIC' } }] },
};

describe('suggestionOf', () => {
  it('is the marked candidate of the loaded list, suggested for the selected institution', () => {
    expect(suggestionOf(loaded, 'cis', 'pup')).toEqual({
      from: 'cis',
      id: 'pup',
      label: 'PUP',
      sector: 'PUBLIC',
    });
  });

  it('is null while loading, without a mark, or for an id not among the candidates', () => {
    expect(suggestionOf({ status: 'loading' }, 'cis', 'pup')).toBeNull();
    expect(suggestionOf(loaded, 'cis', null)).toBeNull();
    expect(suggestionOf(loaded, null, 'pup')).toBeNull();
    expect(suggestionOf(loaded, 'cis', 'ops')).toBeNull();
  });
});
