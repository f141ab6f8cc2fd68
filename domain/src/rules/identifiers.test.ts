import { describe, expect, it } from 'vitest';
import { isValidKrs, isValidNip, isValidRegon } from './identifiers.js';

describe('register numbers', () => {
  it('checks NIP checksums', () => {
    expect(isValidNip('5261040828')).toBe(true);
    expect(isValidNip('526-104-08-28')).toBe(true);
    expect(isValidNip('5261040829')).toBe(false);
    expect(isValidNip('52610408')).toBe(false);
  });

  it('checks 9- and 14-digit REGON checksums', () => {
    expect(isValidRegon('000331501')).toBe(true);
    expect(isValidRegon('000331502')).toBe(false);
    expect(isValidRegon('12345678512347')).toBe(true);
    expect(isValidRegon('12345678512348')).toBe(false);
  });

  it('wants ten digits for KRS', () => {
    expect(isValidKrs('0000019193')).toBe(true);
    expect(isValidKrs('19193')).toBe(false);
  });
});
