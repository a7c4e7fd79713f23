// Serves the production build (dist/, or ACUPRESS_OUT's folder) on localhost with the app's
// security headers.
// PORT overrides the default 4173.
import { preview } from 'vite';
import { outDir } from './out-dir.mjs';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  preview: { port, strictPort: true, host: 'localhost' },
  build: { outDir: outDir() },
});
const url = `http://localhost:${port}/`;
console.log(`Acupress is running at ${url}`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
