import { join } from 'node:path';
import { paths } from '../../paths.js';

/** The committed SDL snapshot the web app's typed operations are generated from. */
export const SDL_SNAPSHOT = join(paths.repoRoot, 'server', 'schema.generated.graphql');
export const SDL_REFRESH_COMMAND = 'pnpm --filter @splot/web codegen';
