import { describe, expect, it } from 'vitest';
import {
  isValidNip,
  isValidRegon,
  normaliseKrs,
  normaliseNip,
  normaliseRegon,
  normaliseTeryt,
} from './identifiers.js';

describe('NIP', () => {
  it('accepts numbers with a right check digit, however they are written', () => {
    for (const nip of ['1234563218', '5260250274', '7251801126']) expect(isValidNip(nip), nip).toBe(true);
    expect(normaliseNip('PL 526-025-02-74')).toBe('5260250274');
    expect(normaliseNip('526 02 50 274')).toBe('5260250274');
  });

  it('rejects a wrong check digit, a check sum of 10 and wrong lengths', () => {
    expect(isValidNip('1234563219')).toBe(false);
    expect(isValidNip('1234567890')).toBe(false); // sum % 11 = 10: no valid check digit
    expect(normaliseNip('12345')).toBeNull();
    expect(normaliseNip('12345632181')).toBeNull();
  });
});

describe('REGON', () => {
  it('checks 9- and 14-digit numbers', () => {
    expect(isValidRegon('123456785')).toBe(true);
    expect(isValidRegon('000331501')).toBe(true);
    expect(isValidRegon('123456786')).toBe(false);
    expect(isValidRegon('12345678512347')).toBe(true);
    expect(isValidRegon('12345678512348')).toBe(false);
    // The 14-digit number must start with a valid 9-digit one.
    expect(isValidRegon('12345678612346')).toBe(false);
    expect(isValidRegon('1234567851')).toBe(false);
  });

  it('restores leading zeros a spreadsheet dropped', () => {
    expect(normaliseRegon('331501')).toBe('000331501');
    expect(normaliseRegon('33150100000')).toBe('00033150100000');
    expect(normaliseRegon('123-456-785')).toBe('123456785');
  });
});

describe('KRS and TERYT', () => {
  it('pads KRS to ten digits', () => {
    expect(normaliseKrs('123456')).toBe('0000123456');
    expect(normaliseKrs('0000123456')).toBe('0000123456');
    expect(normaliseKrs('12345678901')).toBeNull();
  });

  it('restores the leading zero only where a code cannot be without it', () => {
    expect(normaliseTeryt('2')).toBe('02');
    expect(normaliseTeryt('201')).toBe('0201');
    expect(normaliseTeryt('201011')).toBe('0201011');
    expect(normaliseTeryt('2607')).toBe('2607');
    expect(normaliseTeryt('2607011')).toBe('2607011');
  });
});
