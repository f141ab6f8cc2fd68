import { writeFileSync } from 'node:fs';
import { printServerSdl } from '../graphql/sdl/print-sdl.js';
import { SDL_SNAPSHOT } from '../graphql/sdl/snapshot.js';

// `pnpm --filter @splot/server schema`: writes the SDL snapshot (no database needed).
writeFileSync(SDL_SNAPSHOT, await printServerSdl());
console.log(`wrote ${SDL_SNAPSHOT}`);
