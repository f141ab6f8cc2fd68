import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { csvFile, snapshot } from '../helpers/import-files.js';
import { authHeader } from '../helpers/tokens.js';
import { createWorld, type World } from '../helpers/world.js';

// POST /import as the web app uses it: an editor's or admin's token, an editor only in their
// regions; the same report as the command line, 422 when problems stop it, 413 past the limit.

let open: Splot;
let world: World;
let admin: Record<string, string>;

beforeAll(async () => {
  open = await startTestApi({ IMPORT_MAX_BYTES: '50kb' });
  world = await createWorld(open.driver, 'upload');
  admin = await authHeader('admin');
});

afterAll(async () => {
  await world?.remove();
  await open?.stop();
});

const upload = (_api: Splot, query: string, body: Buffer, headers: Record<string, string> = admin) =>
  fetch(`${open.url}/import${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'x-file-name': encodeURIComponent('instytucje.csv'), ...headers },
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
  it('needs an editor or an admin, and an editor only writes in their regions', async () => {
    const before = await snapshot(open.driver, world.prefix, [world.powiat]);
    const anonymous = await upload(open, '', file(), {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const viewer = await upload(open, '', file(), await authHeader('viewer'));
    expect(viewer.status).toBe(403);
    expect(await viewer.json()).toMatchObject({ code: 'FORBIDDEN' });
    const elsewhere = await upload(open, '', file(), await authHeader('editor', ['26']));
    expect(elsewhere.status).toBe(422);
    expect(await elsewhere.json()).toMatchObject({
      problems: [{ row: 2, column: 'teryt', reason: expect.stringMatching(/outside your regions \(26\)/) }],
    });
    expect(await snapshot(open.driver, world.prefix, [world.powiat])).toBe(before);
    const own = await upload(
      open,
      '?dryRun=true',
      file(),
      await authHeader('editor', [world.powiat.slice(0, 2)]),
    );
    expect(await own.json()).toMatchObject({ outcome: 'dry-run', problems: [] });
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
      [`${world.prefix}-u2`, 'KIS Alfa', 'KIS', world.gmina, '1234563219'],
      [`${world.prefix}-u3`, 'KIS Beta', 'KIS', '9999999', ''],
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
