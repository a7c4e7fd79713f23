// WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's webkit2gtk-driver) under
// Xvfb, over plain W3C WebDriver. The engine of Safari's family; the page sees Safari 605.1.15.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';

const elementKey = 'element-6066-11e4-a52e-4f735466cecf';
/** WebDriver's codes for the keys the journeys press (W3C WebDriver, "Keyboard actions"). */
const webDriverKeys = { Tab: '\uE004', Enter: '\uE007', Space: ' ', ArrowRight: '\uE014' };
const miniBrowsers = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];

/** Where MiniBrowser is: $MINIBROWSER_PATH, else Debian's paths; undefined when none. */
export function findMiniBrowser(env = process.env) {
  if (env.MINIBROWSER_PATH) return env.MINIBROWSER_PATH;
  return miniBrowsers.find((path) => existsSync(path));
}

/**
 * Starts WebKitWebDriver on `port` and opens one MiniBrowser session, in the process locale
 * `locale` (which WebKitGTK reports as navigator.language).
 * @param {{ port: number, locale?: string }} options
 * @returns {Promise<import('./driver.mjs').Driver>}
 */
export async function launchWebKit({ port, locale = 'en_US.UTF-8' }) {
  const binary = findMiniBrowser();
  if (!binary) {
    throw new Error(
      'MiniBrowser not found: apt-get install webkit2gtk-driver (or MINIBROWSER_PATH)',
    );
  }
  const server = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    // WebKitGTK takes navigator.language from the process locale. Under a POSIX "C" locale (CI,
    // servers) it reports "C", which is no language tag. Safari reports the phone's language, so
    // the runs use English; one journey (historyInPosixLocale) asks for "C.UTF-8".
    env: { ...process.env, LANG: locale, LANGUAGE: '', LC_ALL: '' },
  });
  await waitFor(async () => (await call(port, 'GET', '/status')).ok, 60_000, 'WebKitWebDriver');

  /** One WebDriver command; throws with WebDriver's error and message. */
  async function command(method, path, body) {
    const { ok, value } = await call(port, method, path, body);
    if (!ok) throw new Error(`WebDriver ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  const created = await command('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    },
  });
  const session = `/session/${created.sessionId}`;
  const version = created.capabilities.browserVersion;
  // A phone's width, as the Firefox runs use.
  await command('POST', `${session}/window/rect`, { width: 412, height: 915 }).catch(() => {});

  return {
    engine: 'webkit',
    version: `WebKitGTK ${version}`,
    async goto(url) {
      await command('POST', `${session}/url`, { url });
    },
    async reload() {
      await command('POST', `${session}/refresh`, {});
    },
    async run(fn, ...args) {
      // The function's source runs as an async script; element references pass both ways.
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve((${fn.toString()})(...Array.from(arguments).slice(0, -1)))
          .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
      const result = await command('POST', `${session}/execute/async`, { script, args });
      if (result && 'error' in result) throw new Error(`in the page: ${result.error}`);
      return result?.value;
    },
    async inject(source) {
      await command('POST', `${session}/execute/sync`, { script: source, args: [] });
    },
    async element(fn, ...args) {
      const value = await this.run(fn, ...args);
      return value && typeof value === 'object' && elementKey in value ? value : null;
    },
    async click(element) {
      await command('POST', `${session}/element/${element[elementKey]}/click`, {});
    },
    async type(element, text) {
      await command('POST', `${session}/element/${element[elementKey]}/clear`, {});
      await command('POST', `${session}/element/${element[elementKey]}/value`, { text });
    },
    async press(key) {
      const value = webDriverKeys[key] ?? key;
      await command('POST', `${session}/actions`, {
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ],
          },
        ],
      });
    },
    async setFile(element, path) {
      await command('POST', `${session}/element/${element[elementKey]}/value`, { text: path });
    },
    async screenshot() {
      return Buffer.from(await command('GET', `${session}/screenshot`), 'base64');
    },
    async close() {
      await command('DELETE', session).catch(() => {});
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}

/**
 * One HTTP request to the driver. Node's http, not fetch: fetch refuses ports that browsers
 * block (4190 is one), and a driver may listen on any.
 */
function call(port, method, path, body) {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: data
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }
          : {},
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          try {
            const { value } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            resolve({ ok: (response.statusCode ?? 500) < 300, value });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(data);
  });
}

/** Polls `check` until it returns true, or throws after `ms` naming what it waited for. */
async function waitFor(check, ms, what) {
  const end = Date.now() + ms;
  let last = '';
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      last = ` (${error.message})`;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
