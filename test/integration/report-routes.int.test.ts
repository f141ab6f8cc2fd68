import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { artifactsDir } from '../helpers/browser.js';

// POST /report/{teryt|PL}.pdf (server/src/http/report-routes.ts): a wrong request is a 400 that
// names the parameter, an unknown area a 404, and neither writes a PDF.

let api: Splot;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const PNG_1x1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

async function report(path: string, body: unknown = {}) {
  const res = await fetch(`${api.url}/report/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    type,
    json: type.includes('json')
      ? ((await res.json()) as { code: string; message: string; argumentName?: string })
      : null,
    bytes: type.includes('pdf') ? Buffer.from(await res.arrayBuffer()) : null,
  };
}

describe('POST /report/{teryt}.pdf', () => {
  it.each([
    ['2607.txt', 'format', 'not a report name'],
    ['26x7.pdf', 'teryt', 'not a TERYT code'],
    ['2607.pdf?sectors=PUBLIC,MOON', 'sectors', 'MOON'],
    ['2607.pdf?kinds=OPS,CASTLE', 'kinds', 'CASTLE'],
    ['2607.pdf?tieKinds=PARTNERSHIP,DUEL', 'tieKinds', 'DUEL'],
    ['2607.pdf?asOf=2019-13-45', 'asOf', '2019-13-45'],
    ['2607.pdf?sourcedOnly=maybe', 'sourcedOnly', 'maybe'],
  ])('refuses %s with a 400 naming %s', async (path, argumentName, said) => {
    const answer = await report(path);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(answer.json?.message).toContain(said);
  });

  it('refuses a picture that is not a PNG data URL, naming "image"', async () => {
    for (const image of ['data:image/jpeg;base64,/9j/4AAQ', 'data:image/png;base64,aGVsbG8=', 42]) {
      const answer = await report('2607.pdf', { image });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'image' });
    }
  });

  it('answers 404 for an area that does not exist, naming teryt', async () => {
    const answer = await report('9999.pdf');
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ code: 'NOT_FOUND', argumentName: 'teryt' });
  });

  it('writes the PDF for a right request, with or without the picture', async () => {
    for (const body of [{}, { image: PNG_1x1 }]) {
      const answer = await report('2607.pdf?sectors=PUBLIC,NGO&lang=en', body);
      expect(answer.status).toBe(200);
      expect(answer.bytes?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Kept to look at: its sector matrix has the two chosen sectors only.
      mkdirSync(artifactsDir, { recursive: true });
      writeFileSync(join(artifactsDir, 'report-sectors-public-ngo.pdf'), answer.bytes as Buffer);
    }
  });
});
