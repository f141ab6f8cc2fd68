// Entry of a graph worker thread (graph-pool.ts): the API runs TypeScript through tsx, whose
// loader a worker thread does not inherit, so it is registered here before the task module loads.
import { register } from 'tsx/esm/api';

register();
const { runGraphTask } = await import(new URL('./graph-task.ts', import.meta.url).href);
export default runGraphTask;
