import type { Page } from '@playwright/test';
import { resultsDir } from '../scripts/out-dir.mjs';
import { motionTrace } from '../bench/lib/motion-traces.js';
import { axeViolations, expect, test } from './fixtures';
import { playMotion } from './motion-steps';

/**
 * The turn test in Chromium, its motion sensors fed from the fixture: synthesised readings of a
 * turn of 52° to the left and 38° to the right (bench/lib/motion-traces.js), dispatched as
 * DeviceMotionEvents in real time, 60 a second, as a phone on the head would fire them.
 */
const shots = resultsDir();

async function asUser(page: Page, health: Record<string, unknown> | null) {
  await page.addInitScript((answers) => {
    if (answers && !localStorage.getItem('acupress.health'))
      localStorage.setItem(
        'acupress.health',
        JSON.stringify({ ...answers, screenedAtEpochMs: Date.now() }),
      );
    // Counts the tone's open audio contexts, from outside the app, to see it stop.
    const counts = window as unknown as { openTones: number };
    counts.openTones = 0;
    const Original = window.AudioContext;
    window.AudioContext = class extends Original {
      constructor(...args: ConstructorParameters<typeof AudioContext>) {
        super(...args);
        counts.openTones += 1;
      }
      override close() {
        counts.openTones -= 1;
        return super.close();
      }
    };
    // Counts the page's devicemotion listeners, from outside the app, to see them let go.
    const w = window as unknown as { motionListeners: number };
    w.motionListeners = 0;
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    window.addEventListener = ((type: string, ...rest: [never, never]) => {
      if (type === 'devicemotion') w.motionListeners += 1;
      return add(type, ...rest);
    }) as typeof window.addEventListener;
    window.removeEventListener = ((type: string, ...rest: [never, never]) => {
      if (type === 'devicemotion') w.motionListeners -= 1;
      return remove(type, ...rest);
    }) as typeof window.removeEventListener;
  }, health);
}

const adult = { isPregnant: false, isAdult: true };

test.use({ viewport: { width: 390, height: 844 } });

test('the turn test waits for the safety check', async ({ page, watch }) => {
  void watch;
  await asUser(page, null);
  await page.goto('/turn');
  await expect(page.getByRole('heading', { level: 1, name: /Turn test/ })).toBeVisible();
  await expect(page.getByText(/opens after the safety check/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the safety check' })).toHaveAttribute(
    'href',
    '/safety',
  );
  await expect(page.getByRole('button', { name: 'Start the turn test' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('the turn test is not offered after a recent neck injury', async ({ page, watch }) => {
  void watch;
  await asUser(page, { ...adult, conditions: ['recent-injury'], hasAskedDoctor: true });
  await page.goto('/turn');
  await expect(page.getByText(/not offered to you/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the turn test' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('from History, a whole turn test with the fake sensors: prompts, result, sensors let go', async ({
  page,
  watch,
}) => {
  void watch;
  await asUser(page, adult);
  await page.goto('/history');
  await page.getByRole('link', { name: 'Open the turn test' }).click();
  await expect(page).toHaveURL(/\/turn$/);
  const start = page.getByRole('button', { name: 'Start the turn test' });
  await expect(start).toBeDisabled();
  await page.getByLabel(/does not hurt after an injury/).check();
  await expect(start).toBeEnabled();
  expect(await axeViolations(page)).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${shots}/turn-intro-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await expect(page.getByLabel(/tone that rises/)).toBeChecked();
  await start.click();
  expect(await page.evaluate(() => (window as unknown as { openTones: number }).openTones)).toBe(1);
  const trace = motionTrace({ left: 52, right: 38, mount: 'top-flat', seed: 29 });
  const playing = playMotion(page, trace.samples);
  const prompt = page.locator('#turn-prompt');
  await expect(prompt).toHaveText(/Keep your head still/);
  // (axe and screenshots of this state are in the Stop test: they hold up the page's thread, and
  // a pause of readings over 250 ms ends a measurement, as it would on a phone.)
  await expect(prompt).toHaveText(/slowly to the left, as far as is comfortable/);
  await expect(prompt).toHaveText(/back to the middle, and hold/);
  await expect(prompt).toHaveText(/slowly to the right/);
  await playing;
  const result = page.getByRole('status').filter({ hasText: /^Left/ });
  await expect(result).toBeVisible();
  const [, left, right] =
    /Left (\d+)°, right (\d+)°/.exec((await result.textContent()) ?? '') ?? [];
  // Within the accuracy goal (5°) of the turn the fixture made.
  expect(Math.abs(Number(left) - 52)).toBeLessThanOrEqual(5);
  expect(Math.abs(Number(right) - 38)).toBeLessThanOrEqual(5);
  await expect(page.getByText('Approximate, not a clinical measurement.')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { openTones: number }).openTones)).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { motionListeners: number }).motionListeners),
  ).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${shots}/turn-result-${scheme}.png`, fullPage: true });
  }
});

test('Stop ends the test at once, lets the sensors go and points to help', async ({
  page,
  watch,
}) => {
  void watch;
  await asUser(page, adult);
  await page.goto('/turn');
  await page.getByLabel(/does not hurt after an injury/).check();
  await page.getByRole('button', { name: 'Start the turn test' }).click();
  const trace = motionTrace({ left: 40, right: 40, mount: 'forehead', seed: 3 });
  await playMotion(page, trace.samples.slice(0, 150));
  await expect(page.locator('#turn-prompt')).toHaveText(/to the left/);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/turn-running-light.png`, fullPage: true });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText(/^Stopped\./)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { openTones: number }).openTones)).toBe(0);
  await expect(
    page.locator('#main').getByRole('link', { name: 'When to seek help' }),
  ).toHaveAttribute('href', '/help');
  expect(
    await page.evaluate(() => (window as unknown as { motionListeners: number }).motionListeners),
  ).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});
