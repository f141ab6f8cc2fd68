/**
 * Lower case without diacritics, so "Cmielow" matches "Ćmielów" and "lodz" matches "Łódź"
 * (Ł has no decomposition in Unicode, hence the explicit rule).
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').toLowerCase();
}
