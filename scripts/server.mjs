// Starts the built app's server (scripts/serve.mjs) as a child process on a free port, and waits
// until it answers: ending that process frees the port. The benchmarks share it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

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

/**
 * Serves the build (ACUPRESS_OUT picks the folder, see out-dir.mjs) on `port`, or a free one.
 * @param {number} [port]
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startServer(port) {
  port ||= await freePort();
  const child = spawn(process.execPath, [fileURLToPath(new URL('serve.mjs', import.meta.url))], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start')), 30_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code}`)));
  });
  return {
    url: `http://localhost:${port}`,
    port,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
