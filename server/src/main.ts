import { loadConfig } from './config.js';
import { startSplot } from './startup.js';

// `npm start`: everything on one port; Ctrl+C stops the API and the embedded database cleanly.
const config = loadConfig();
try {
  const splot = await startSplot(config);
  console.log(`\nsplot is running: ${splot.url}  (GraphQL: ${splot.url}/graphql)\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await splot.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`splot could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
