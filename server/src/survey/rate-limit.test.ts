import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('lets `limit` hits through per window and key, then says how long to wait', () => {
    let t = 0;
    const limiter = new RateLimiter(2, 60_000, () => t);
    expect(limiter.hit('a')).toBe(0);
    expect(limiter.hit('a')).toBe(0);
    expect(limiter.hit('b')).toBe(0);
    t = 15_000;
    expect(limiter.hit('a')).toBe(45);
    t = 60_000;
    expect(limiter.hit('a')).toBe(0);
  });
});
