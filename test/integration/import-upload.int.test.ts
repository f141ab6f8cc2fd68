import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { csvFile, snapshot } from '../helpers/import-files.js';
import { createWorld, type World } from '../helpers/world.js';

// POST /import as the web app uses it: refused until uploads are allowed (there is no sign-in
// yet), then the same report as the command line, 422 when problems stop it, 413 past the limit.

let closed: Splot;
let open: Splot;
let world: World;

beforeAll(async () => {
  [closed, open] = await Promise.all([
    startTestApi(),
    startTestApi({ IMPORT_UPLOAD_WITHOUT_SIGN_IN: 'true', IMPORT_MAX_BYTES: '50kb' }),
  ]);
  world = await createWorld(open.driver, 'upload');
});

afterAll(async () => {
  await world?.remove();
  await Promise.all([closed?.stop(), open?.stop()]);
});

const upload = (api: Splot, query: string, body: Buffer, name = 'instytucje.csv') =>
  fetch(`${api.url}/import${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'x-file-name': encodeURIComponent(name) },
    body: new Uint8Array(body),
  });

const file = () =>
  csvFile(
    [
      ['id', 'nazwa', 'rodzaj', 'teryt'],
      [`${world.prefix}-u1`, 'Klub Integracji Społecznej', 'KIS', world.gmina],
    ],
    { encoding: 'windows-1250', delimiter: ';' },
  );

describe('POST /import', () => {
  it('is refused while uploads need a sign-in the server does not have', async () => {
    const before = await snapshot(closed.driver, world.prefix, [world.powiat]);
    const res = await upload(closed, '', file());
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/IMPORT_UPLOAD_WITHOUT_SIGN_IN/),
    });
    expect(await snapshot(closed.driver, world.prefix, [world.powiat])).toBe(before);
  });

  it('answers a dry run and an import with the report', async () => {
    const dry = await upload(open, '?dryRun=true', file());
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({
      file: 'instytucje.csv',
      encoding: 'Windows-1250',
      outcome: 'dry-run',
      summary: { institutions: { create: 1 } },
    });
    const applied = await upload(open, '', file());
    expect(await applied.json()).toMatchObject({ outcome: 'applied' });
    const again = await upload(open, '', file());
    expect(await again.json()).toMatchObject({
      outcome: 'unchanged',
      summary: { institutions: { unchanged: 1 } },
    });
  });

  it('answers 422 with every problem when the file is invalid', async () => {
    const bad = csvFile([
      ['id', 'nazwa', 'rodzaj', 'teryt', 'nip'],
      [`${world.prefix}-u2`, 'A', 'KIS', world.gmina, '1234563219'],
      [`${world.prefix}-u3`, 'B', 'KIS', '9999999', ''],
    ]);
    const res = await upload(open, '', bad);
    expect(res.status).toBe(422);
    const report = (await res.json()) as {
      outcome: string;
      problems: Array<{ row: number; column: string }>;
    };
    expect(report.outcome).toBe('rejected');
    expect(report.problems.map((p) => `${p.row}:${p.column}`).sort()).toEqual(['2:nip', '3:teryt']);
  });

  it('refuses files over the limit, and bad parameters', async () => {
    const res = await upload(open, '', Buffer.alloc(60 * 1024, 'a'));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'file' });
    const kind = await upload(open, '?kind=people', file());
    expect(kind.status).toBe(400);
    expect(await kind.json()).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'kind' });
  });
});
