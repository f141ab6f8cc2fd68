import { describe, expect, it } from 'vitest';
import { parseMix } from './writers.js';

describe('parseMix', () => {
  it('reads writers and readers, and refuses anything else', () => {
    expect(parseMix('20w:100r')).toEqual({ writers: 20, readers: 100 });
    for (const bad of ['20:100', '0w:10r', '20w', 'w:r', '600w:10r'])
      expect(() => parseMix(bad)).toThrow(/--mix/);
  });
});
