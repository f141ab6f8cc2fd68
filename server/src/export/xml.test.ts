import { describe, expect, it } from 'vitest';
import { attrs, escapeXml } from './xml.js';

describe('escapeXml', () => {
  it('escapes markup and keeps Polish letters and emoji as they are', () => {
    expect(escapeXml('Fundacja „Ćma” & <Syn> "Łódź"')).toBe(
      'Fundacja „Ćma” &amp; &lt;Syn&gt; &quot;Łódź&quot;',
    );
    expect(escapeXml('🙂 żółw')).toBe('🙂 żółw');
  });

  it('keeps line breaks and tabs as character references', () => {
    expect(escapeXml('a\tb\r\nc')).toBe('a&#9;b&#13;&#10;c');
  });

  it('drops characters XML 1.0 forbids', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe')).toBe('abcde');
    expect(escapeXml('x\uD800y')).toBe('xy');
    expect(escapeXml('x\uDC00y')).toBe('xy');
  });

  it('writes attributes, leaving out null ones', () => {
    expect(attrs({ id: 'a&b', label: null, weight: 2, end: undefined })).toBe(' id="a&amp;b" weight="2"');
  });
});
