import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printServerSdl } from './print-sdl.js';
import { SDL_REFRESH_COMMAND, SDL_SNAPSHOT } from './snapshot.js';

describe('the SDL snapshot the web app is generated from', () => {
  it('matches the schema the server builds', async () => {
    const committed = readFileSync(SDL_SNAPSHOT, 'utf8');
    const current = await printServerSdl();
    // A failure here means a .graphql file changed: run the command and commit what it writes.
    expect(
      committed === current,
      `server/schema.generated.graphql is stale: run ${SDL_REFRESH_COMMAND}`,
    ).toBe(true);
    // Building the whole generated schema takes seconds, more on a busy machine.
  }, 60_000);
});
