// Serves the production build (dist/) on localhost with the app's security headers.
// PORT overrides the default 4173.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  preview: { port, strictPort: true, host: 'localhost' },
  build: { outDir: process.env.ACUPRESS_OUT ?? 'dist' },
});
const url = `http://localhost:${port}/`;
console.log(`Acupress is running at ${url}`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
