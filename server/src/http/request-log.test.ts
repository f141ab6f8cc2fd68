import { describe, expect, it } from 'vitest';
import { requestIdFor } from './request-log.js';

describe('requestIdFor', () => {
  it("keeps a caller's plain id", () => {
    expect(requestIdFor('lb-7f3a.91')).toBe('lb-7f3a.91');
    expect(requestIdFor(['first', 'second'])).toBe('first');
  });

  it('replaces a missing, long or unsafe id with a fresh UUID', () => {
    for (const incoming of [undefined, '', 'x'.repeat(65), 'a\nfake log line', '{"level":60}']) {
      expect(requestIdFor(incoming)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });
});
