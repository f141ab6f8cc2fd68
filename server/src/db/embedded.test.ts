import { describe, expect, it } from 'vitest';
import { initialHeapMb } from './embedded.js';

describe('initialHeapMb', () => {
  it('starts a small heap at 128 MB at most, and a national one (2 GB or more) at a quarter', () => {
    expect(initialHeapMb(512)).toBe(128);
    expect(initialHeapMb(64)).toBe(64);
    expect(initialHeapMb(1536)).toBe(128);
    expect(initialHeapMb(2048)).toBe(512);
    expect(initialHeapMb(4096)).toBe(1024);
  });
});
