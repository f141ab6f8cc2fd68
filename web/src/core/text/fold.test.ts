import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
  it('drops Polish diacritics, including ł', () => {
    expect(fold('Ćmielów')).toBe('cmielow');
    expect(fold('ŁÓDŹ Żółć')).toBe('lodz zolc');
  });
});
