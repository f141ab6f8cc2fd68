import { describe, expect, it } from 'vitest';
import { labelFontSize, MAX_LABEL_GROWTH, MIN_LABEL_PX } from './readable-labels';

describe('labelFontSize', () => {
  it('reads the chosen size on screen when zoomed out, within the growth limit', () => {
    expect(labelFontSize(11, 0.5) * 0.5).toBeCloseTo(11);
    expect(labelFontSize(16, 0.8) * 0.8).toBeCloseTo(16);
    expect(labelFontSize(11, 0.1)).toBe(11 * MAX_LABEL_GROWTH);
  });

  it('never asks for less than the minimum, and grows with the picture when zoomed in', () => {
    expect(labelFontSize(6, 1)).toBe(MIN_LABEL_PX);
    expect(labelFontSize(11, 2)).toBe(11);
    expect(labelFontSize(11, 0)).toBe(11);
  });
});
