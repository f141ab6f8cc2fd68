import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipBoundsProblem } from './zip-bounds.js';

const bounds = { maxUnpackedBytes: 1_000_000, maxEntries: 10 };
const zip = (files: Record<string, Uint8Array>) => Buffer.from(zipSync(files, { level: 6 }));

describe('zipBoundsProblem', () => {
  it('lets a zip within the bounds through', () => {
    expect(
      zipBoundsProblem(zip({ 'a.xml': new Uint8Array(500_000), 'b.xml': new Uint8Array(400_000) }), bounds),
    ).toBeNull();
  });

  it('refuses a zip that declares more unpacked bytes than allowed, before inflating it', () => {
    // 2 MB of zeros deflate to about 2 KB: a tiny file that would unpack a thousandfold.
    const bomb = zip({ 'xl/worksheets/sheet1.xml': new Uint8Array(2_000_000) });
    expect(bomb.length).toBeLessThan(10_000);
    expect(zipBoundsProblem(bomb, bounds)).toMatch(/unpacks to more than 1 MB \(its parts declare 2 MB\)/);
  });

  it('refuses a zip with too many entries', () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.xml`, new Uint8Array(1)]));
    expect(zipBoundsProblem(zip(files), bounds)).toMatch(/holds 11 files inside; at most 10/);
  });

  it('leaves a file that is not a zip to the parser', () => {
    expect(zipBoundsProblem(Buffer.from('id,name\n1,a\n'), bounds)).toBeNull();
    expect(zipBoundsProblem(Buffer.alloc(0), bounds)).toBeNull();
  });
});
