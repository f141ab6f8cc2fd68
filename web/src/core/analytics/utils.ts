/** A cell of the sector matrix as the server sends it. */
export interface MatrixBlock {
  from: string;
  to: string;
  ties: number;
  possible: number;
  density: number | null;
}

// ColorBrewer "Blues" (9 classes): ordered by lightness, readable in grey and with colour-vision deficiencies.
const BLUES = [
  '#f7fbff',
  '#deebf7',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
];

/** The heatmap colour of a density in [0, 1], with a text colour that keeps ≥ 4.5:1 contrast on it. */
export function densityColor(density: number | null): { background: string; color: string } {
  if (density === null || !Number.isFinite(density)) return { background: '#ffffff', color: '#57606a' };
  const clamped = Math.min(1, Math.max(0, density));
  const index = Math.min(BLUES.length - 1, Math.floor(clamped * BLUES.length));
  return { background: BLUES[index] as string, color: index >= 5 ? '#ffffff' : '#1f2328' };
}

/** The matrix as rows, in the order of `sectors`; a missing block reads as no tie and no density. */
export function matrixRows(
  sectors: readonly string[],
  blocks: readonly MatrixBlock[],
): Array<{ sector: string; cells: MatrixBlock[] }> {
  const byKey = new Map(blocks.map((b) => [`${b.from}|${b.to}`, b]));
  return sectors.map((from) => ({
    sector: from,
    cells: sectors.map(
      (to) => byKey.get(`${from}|${to}`) ?? { from, to, ties: 0, possible: 0, density: null },
    ),
  }));
}

/** Density as a percentage with at most one decimal ("33.3%"), or an en dash when undefined. */
export function formatShare(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** An E-I index with its sign ("+0.43", "−1"), or an en dash when undefined. */
export function formatEi(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
}
