// Polish register numbers: NIP (tax id) and REGON (statistical id) carry check digits; KRS and
// TERYT do not, but lose their leading zeros when a spreadsheet takes them for numbers.

const digits = (value: string) => value.replace(/[\s-]/g, '');

function checkDigit(number: string, weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(number[i]), 0);
  return sum % 11;
}

/** "PL 526-025-02-74" → "5260250274"; null unless 10 digits remain. */
export function normaliseNip(value: string): string | null {
  const d = digits(value).replace(/^PL/i, '');
  return /^\d{10}$/.test(d) ? d : null;
}

export function isValidNip(nip: string): boolean {
  if (!/^\d{10}$/.test(nip)) return false;
  const c = checkDigit(nip, [6, 5, 7, 2, 3, 4, 5, 6, 7]);
  return c !== 10 && c === Number(nip[9]);
}

/** 9-digit REGON (an entity) or 14-digit (a local unit: the entity's 9 digits + 4 + a check digit). */
export function isValidRegon(regon: string): boolean {
  if (/^\d{9}$/.test(regon)) return checkDigit(regon, [8, 9, 2, 3, 4, 5, 6, 7]) % 10 === Number(regon[8]);
  if (/^\d{14}$/.test(regon)) {
    return (
      isValidRegon(regon.slice(0, 9)) &&
      checkDigit(regon, [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8]) % 10 === Number(regon[13])
    );
  }
  return false;
}

/** REGON as written, leading zeros restored when a spreadsheet cut them (8 → 9, 13 → 14 digits). */
export function normaliseRegon(value: string): string {
  const d = digits(value);
  if (!/^\d+$/.test(d)) return d;
  if (d.length < 9) return d.padStart(9, '0');
  if (d.length > 9 && d.length < 14) return d.padStart(14, '0');
  return d;
}

/** KRS numbers are 10 digits, often written without their leading zeros. */
export function normaliseKrs(value: string): string | null {
  const d = digits(value);
  return /^\d{1,10}$/.test(d) ? d.padStart(10, '0') : null;
}

/** TERYT with a lost leading zero restored: 1, 3 or 6 digits cannot be a code, 2, 4 or 7 can. */
export function normaliseTeryt(value: string): string {
  const d = value.trim();
  return /^\d+$/.test(d) && [1, 3, 6].includes(d.length) ? `0${d}` : d;
}
