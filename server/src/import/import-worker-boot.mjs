// Entry of an import worker thread (import-thread.ts): the API runs TypeScript through tsx, whose
// loader a worker thread does not inherit, so it is registered here before the import module loads.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./import-worker-main.ts', import.meta.url).href);
