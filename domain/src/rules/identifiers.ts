// Polish register numbers, checked the way the registers compute them (shared with the web app).

const digits = (value: string) => [...value].map(Number);

/** NIP: 10 digits, the last a weighted checksum mod 11 (a remainder of 10 never occurs). */
export function isValidNip(value: string): boolean {
  const clean = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(clean)) return false;
  const d = digits(clean);
  const sum = [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((acc, w, i) => acc + w * (d[i] ?? 0), 0);
  return sum % 11 !== 10 && sum % 11 === d[9];
}

/** REGON: 9 or 14 digits with a weighted checksum mod 11 (10 counts as 0). */
export function isValidRegon(value: string): boolean {
  const clean = value.replace(/[\s-]/g, '');
  const weights =
    clean.length === 9
      ? [8, 9, 2, 3, 4, 5, 6, 7]
      : clean.length === 14
        ? [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8]
        : null;
  if (!weights || !/^\d+$/.test(clean)) return false;
  const d = digits(clean);
  const sum = weights.reduce((acc, w, i) => acc + w * (d[i] ?? 0), 0);
  return (sum % 11) % 10 === d[clean.length - 1];
}

/** KRS: the court register number, 10 digits with leading zeros. */
export function isValidKrs(value: string): boolean {
  return /^\d{10}$/.test(value.trim());
}
