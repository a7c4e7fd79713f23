// Starts the built app's server (scripts/serve.mjs) on a free port and waits for it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nobody on this machine is listening on. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(port) {
  port ||= await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start')), 30_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { url: `http://localhost:${port}`, stop: () => child.kill('SIGTERM') };
}
