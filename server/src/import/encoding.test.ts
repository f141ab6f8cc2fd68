import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, UnreadableFileError } from './encoding.js';

const text = 'id;nazwa\nops-cmielow;Ośrodek Pomocy Społecznej w Ćmielowie - źródło, żółw, Łódź, ĄĘŚŹŻ\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'UTF-8',
    });
  });

  it('reads Windows-1250 as Polish Excel saves it', () => {
    expect(decodeText(iconv.encode(text, 'windows-1250'))).toEqual({ text, encoding: 'Windows-1250' });
  });

  it('tells ISO-8859-2 from Windows-1250 by the Polish letters', () => {
    expect(decodeText(iconv.encode(text, 'iso-8859-2'))).toEqual({ text, encoding: 'ISO-8859-2' });
  });

  it('reads UTF-16 with a BOM and without', () => {
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    expect(decodeText(bom)).toEqual({ text, encoding: 'UTF-16LE' });
    expect(decodeText(iconv.encode(text, 'utf-16be'))).toEqual({ text, encoding: 'UTF-16BE' });
  });

  it('refuses binary files, naming the line', () => {
    const zip = Buffer.concat([
      Buffer.from('id,name\nok,ok\n'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]),
    ]);
    expect(() => decodeText(zip)).toThrow(UnreadableFileError);
    try {
      decodeText(zip);
    } catch (e) {
      expect((e as UnreadableFileError).line).toBe(3);
      expect((e as Error).message).toMatch(/not text/);
    }
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1250', () => {
    expect(() => decodeText(Buffer.from([0x61, 0x0a, 0x81, 0x62]))).toThrow(/line 2/);
  });

  it('recognises Polish letters converted to UTF-8 twice', () => {
    const twice = Buffer.from(iconv.decode(Buffer.from(text, 'utf8'), 'windows-1250'), 'utf8');
    expect(() => decodeText(twice)).toThrow(/garbled.*line 2/);
  });
});
