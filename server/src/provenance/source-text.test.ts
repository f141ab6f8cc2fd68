import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceText, SOURCES_DIR } from './source-text.js';

describe('readSourceText', () => {
  it('reads a seed source by its own file name', async () => {
    const text = await readSourceText('000_11d9627f54c11e02.txt');
    expect(text).toBe(readFileSync(join(SOURCES_DIR, '000_11d9627f54c11e02.txt'), 'utf8'));
    expect(text).toContain('PARTNERSTWO LOKALNE');
  });

  it('never leaves the sources folder: paths, dot-dot, absolute names, links out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'splot-sources-'));
    const dir = join(root, 'sources');
    mkdirSync(dir);
    writeFileSync(join(root, 'secret.txt'), 'secret');
    writeFileSync(join(dir, 'ok.txt'), 'tekst');
    symlinkSync(join(root, 'secret.txt'), join(dir, 'link.txt'));
    const read = (file: string) => readSourceText(file, { dir });
    expect(await read('ok.txt')).toBe('tekst');
    for (const file of [
      '../secret.txt',
      '..%2Fsecret.txt',
      join(root, 'secret.txt'),
      'sub/../../secret.txt',
      '.hidden.txt',
      'link.txt',
      'ok.txt\u0000',
      'missing.txt',
      '/etc/passwd',
      '',
    ]) {
      expect(await read(file), file).toBeNull();
    }
    expect(await readSourceText(null, { dir })).toBeNull();
  });

  it('serves nothing larger than its bound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'splot-sources-'));
    writeFileSync(join(dir, 'big.txt'), 'a'.repeat(101));
    writeFileSync(join(dir, 'fits.txt'), 'ą'.repeat(50));
    expect(await readSourceText('big.txt', { dir, maxBytes: 100 })).toBeNull();
    expect(await readSourceText('fits.txt', { dir, maxBytes: 100 })).toBe('ą'.repeat(50));
  });
});
