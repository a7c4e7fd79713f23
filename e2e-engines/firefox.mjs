// Firefox: Debian's firefox-esr over WebDriver BiDi, driven by puppeteer-core (which downloads
// no browser; geckodriver is not needed).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Where Firefox is: $FIREFOX_PATH, else Debian's firefox-esr; undefined when none. */
export function findFirefox(env = process.env) {
  if (env.FIREFOX_PATH) return env.FIREFOX_PATH;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
}

/**
 * Firefox's preferences for these runs.
 * A machine without a sound card (CI, these servers) has no audio output for Firefox to open:
 * every media element then fails at its audio sink, 'error' code 3, "OnMediaSinkAudioError",
 * a plain WAV as well as the session's FLAC. Firefox's own mock audio device stands in for the
 * sound card, as Chromium's and WebKit's silent outputs do, unless `realAudio` is asked for.
 */
export function firefoxPrefs({ realAudio = false } = {}) {
  return {
    ...(realAudio ? {} : { 'media.cubeb.force_mock_context': true }),
    // No request leaves the origin: no update, telemetry or safe-browsing traffic.
    'app.update.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
  };
}

/**
 * Starts Firefox headless with a new profile.
 * @param {{ realAudio?: boolean }} [options]
 * @returns {Promise<import('./driver.mjs').Driver>}
 */
export async function launchFirefox({ realAudio = false } = {}) {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error('Firefox not found: apt-get install firefox-esr (or FIREFOX_PATH)');
  const profile = mkdtempSync(join(tmpdir(), 'acupress-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: firefoxPrefs({ realAudio }),
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 915 });
  const version = await browser.version();

  return {
    engine: 'firefox',
    version,
    async goto(url) {
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    async run(fn, ...args) {
      return page.evaluate(fn, ...args);
    },
    async inject(source) {
      await page.evaluate(source);
    },
    async element(fn, ...args) {
      const handle = await page.evaluateHandle(fn, ...args);
      const element = handle.asElement();
      if (!element) await handle.dispose();
      return element;
    },
    async click(element) {
      await element.click();
    },
    async type(element, text) {
      await element.click({ count: 3 });
      await element.evaluate((input) => {
        input.value = '';
      });
      await element.type(text);
    },
    async press(key) {
      await page.keyboard.press(key === 'Space' ? ' ' : key);
    },
    async setFile(element, path) {
      await element.uploadFile(path);
    },
    async screenshot() {
      return Buffer.from(await page.screenshot());
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
