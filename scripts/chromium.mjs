// Finds a Chromium for the browser tests and benchmarks. Playwright's own browser download
// cannot work on our machines, so we use the system's Chromium (see shared browser-testing notes).
// Order: $CHROMIUM_PATH, then the usual install paths. With --ensure, when none is found and we
// run as root with apt-get, Debian's chromium is installed; otherwise one line says what to do.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium() {
  return candidates.find((path) => path && existsSync(path));
}

/** Flags that keep Chromium from reaching any host but this machine. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.log('No Chromium found: installing Debian chromium with apt-get…');
    execFileSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'No Chromium found: install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}

/**
 * Starts Chromium ourselves, headless with a DevTools port, rather than through Playwright's
 * launch (which switches background throttling off and hides nothing): for hidden-page timing,
 * for killing the browser process, and for Lighthouse. Resolves once DevTools listens.
 *
 * @param {{
 *   profile?: string,
 *   args?: string[],
 *   connect?: import('@playwright/test').ConnectOverCDPOptions | boolean,
 * }} [options]
 *   profile: the user-data-dir (default: a new empty folder, removed on close);
 *   args: more flags; connect: also connect Playwright over CDP (true, or connectOverCDP's
 *   options). Chromium runs in its own process group, so that ending it ends its helpers too.
 */
export async function startChromium({ profile, args = [], connect } = {}) {
  const executable = findChromium();
  if (!executable) throw new Error('No Chromium found (see scripts/chromium.mjs).');
  const ownProfile = profile === undefined;
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'acupress-chromium-'));
  const child = spawn(
    executable,
    [
      ...chromiumArgs,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      ...args,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const wsUrl = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(() => reject(new Error(`Chromium exited: ${text.slice(0, 500)}`)));
  });
  let browser;
  if (connect) {
    const { chromium } = await import('@playwright/test');
    browser = await chromium.connectOverCDP(wsUrl, connect === true ? {} : connect);
  }
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const sigkill = () => {
    if (isRunning() && child.pid) process.kill(-child.pid, 'SIGKILL');
  };
  return {
    child,
    wsUrl,
    port: Number(new URL(wsUrl).port),
    /** @type {import('@playwright/test').Browser | undefined} */
    browser,
    profile: userDataDir,
    /** SIGKILL, as a crash or the OS would end it: no chance to write anything more. */
    async kill() {
      sigkill();
      await exited;
      await browser?.close().catch(() => {});
    },
    /** Closes the browser, ends what is left of it and removes a profile made here. */
    async close() {
      await browser?.close().catch(() => {});
      sigkill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (!ownProfile) return;
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        // Chromium's helper processes may still be writing; the folder is in the temp dir.
      }
    },
  };
}

/** Playwright's own launch of the same Chromium, with the flags that keep it on this machine. */
export async function launchChromium(options = {}) {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({
    executablePath: findChromium(),
    ...options,
    args: [...chromiumArgs, ...(options.args ?? [])],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--ensure')) {
  console.log(`Chromium: ${ensureChromium()}`);
}
