import type { Locator, Page } from '@playwright/test';
import { resultsDir } from '../scripts/out-dir.mjs';
import { en } from '../src/catalogs/en';
import { es } from '../src/catalogs/es';
import { zhHans } from '../src/catalogs/zh-hans';
import { axeViolations, expect, test } from './fixtures';
import { asScreenedUser, openBeforeRatings, openRoutineChoices } from './session-steps';

// Issue 28: after the screening, set-up fits on one phone screen: where it hurts, the routine in
// one line, the stop signs and Start; the rest one tap away. Checked at 390×844 and 360×640, in
// each language, light and dark, with screenshots to look at.

const phones = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
] as const;
const languages = [
  { lang: 'en-US', catalog: en },
  { lang: 'es-ES', catalog: es },
  { lang: 'zh-CN', catalog: zhHans },
] as const;

/** The element's box lies wholly inside the viewport, and the page has not scrolled. */
async function expectInView(page: Page, name: string, locator: Locator) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, `${name} is drawn`).not.toBeNull();
  expect(await page.evaluate(() => window.scrollY), 'the page has not scrolled').toBe(0);
  expect(box!.y, `${name}'s top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${name}'s bottom`).toBeLessThanOrEqual(viewport!.height);
}

for (const { lang, catalog } of languages) {
  for (const { width, height } of phones) {
    test.describe(`${lang} at ${width}×${height}`, () => {
      test.use({ locale: lang, viewport: { width, height } });

      test(`set-up shows where it hurts, the routine, the stop signs and Start without scrolling`, async ({
        page,
      }) => {
        await asScreenedUser(page);
        await page.goto('/session');
        await expect(
          page.getByRole('heading', { level: 1, name: catalog['session.setupTitle'] }),
        ).toBeVisible();
        const start = page.getByRole('button', { name: catalog['session.start'] });
        await expect(start).toBeEnabled();
        for (const side of ['left', 'right', 'both', 'middle'] as const) {
          const radio = page.getByRole('radio', { name: catalog[`session.pain.${side}`] });
          await expectInView(page, side, radio);
        }
        const routine = page.locator('#routine-line');
        await expect(routine).toHaveText(/\d/);
        await expectInView(page, 'the routine line', routine);
        const stop = page.getByRole('note').filter({ hasText: catalog['stopSigns.line'] });
        await expectInView(page, 'the stop signs', stop);
        for (const summary of ['session.changeRoutine', 'session.rateFirst'] as const) {
          const toggle = page.locator('summary', { hasText: catalog[summary] });
          await expectInView(page, summary, toggle);
        }
        await expectInView(page, 'Start', start);
        // Above Start, in the order they are read.
        const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.NaN;
        expect(await top(stop)).toBeLessThan(await top(start));
        expect(await axeViolations(page)).toEqual([]);

        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.screenshot({
            path: `${resultsDir()}/phone-setup/setup-${lang}-${scheme}-${width}x${height}.png`,
          });
        }
        await expect
          .poll(async () => (await axeViolations(page)).length, { message: 'axe in dark' })
          .toBe(0);
      });

      test(`Home's quick start shows the stop signs`, async ({ page }) => {
        await asScreenedUser(page);
        // A returning user: "Start with last time's settings" shows.
        await page.addInitScript(() =>
          localStorage.setItem('acupress.session.lastStartedAt', String(Date.now())),
        );
        await page.goto('/');
        await expect(page.getByRole('button', { name: catalog['home.startLast'] })).toBeVisible();
        const stop = page.getByRole('note').filter({ hasText: catalog['stopSigns.line'] });
        await expect(stop).toBeVisible();
        await page.screenshot({
          path: `${resultsDir()}/phone-setup/home-${lang}-${width}x${height}.png`,
        });
      });
    });
  }
}

test.describe('the set-up in English', () => {
  test.use({ locale: 'en-US', viewport: { width: 390, height: 844 } });

  test("the routine line follows the choices and the plan, and they're remembered", async ({
    page,
  }) => {
    await asScreenedUser(page);
    await page.goto('/session');
    const routine = page.locator('#routine-line');
    await expect(routine).toHaveText('9 steps, about 10 minutes, 1 minute a point');
    // Both sides: Luozhen on both hands.
    await page.getByRole('radio', { name: 'Both sides' }).check();
    await expect(routine).toHaveText('10 steps, about 11 minutes, 1 minute a point');
    await openRoutineChoices(page);
    await page.getByRole('radio', { name: 'Quick: 30 seconds' }).check();
    await expect(routine).toHaveText(/^10 steps, about \d+ minutes, 30 seconds a point$/);
    await page.getByRole('checkbox', { name: /Include Jianjing/ }).uncheck();
    await expect(routine).toHaveText(/^8 steps, /);
    // Remembered, and set-up opens closed again with Start in view.
    await page.reload();
    await expect(routine).toHaveText(/^8 steps, about \d+ minutes?, 30 seconds a point$/);
    await expect(page.getByRole('radio', { name: 'Both sides' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Quick: 30 seconds' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Start the session' })).toBeInViewport({
      ratio: 1,
    });
  });

  test('a hold outside the limits says so on the routine line, and Start waits', async ({
    page,
  }) => {
    await asScreenedUser(page);
    await page.goto('/session');
    await openRoutineChoices(page);
    await page.getByRole('radio', { name: 'Custom' }).check();
    await page.getByLabel('Seconds per point (20 to 600)').fill('5');
    await expect(page.locator('#routine-line')).toHaveText(/Choose from 20 to 600 seconds/);
    await expect(page.getByRole('button', { name: 'Start the session' })).toBeDisabled();
  });

  test('by keyboard: the side, the two disclosures, the ratings and Start, in that order', async ({
    page,
  }) => {
    await asScreenedUser(page);
    await page.goto('/session');
    await expect(page.getByRole('button', { name: 'Start the session' })).toBeEnabled();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return (element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
      });
    const seen: string[] = [];
    for (let press = 0; press < 40 && !seen.includes('Start the session'); press += 1) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    const order = ['Left side', 'Change the routine', 'Rate your neck first (optional)'];
    const at = order.map((name) => seen.indexOf(name));
    expect(at, seen.join(' | ')).toEqual([...at].sort((a, b) => a - b));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect(seen.at(-1)).toBe('Start the session');

    // The ratings open with the keyboard and stay optional: rate pain, then start.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Rate your neck first (optional)');
    await page.keyboard.press('Enter');
    const pain = page.getByRole('group', { name: 'How much does your neck hurt right now?' });
    await expect(pain).toBeVisible();
    await pain.getByRole('radio', { name: '3', exact: true }).check();
    await expect(pain).toContainText('You chose 3');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the before-ratings are reachable before Start and go with the session', async ({
    page,
  }) => {
    await asScreenedUser(page);
    await page.goto('/session');
    await openBeforeRatings(page);
    await page
      .getByRole('group', { name: 'How much does your neck hurt right now?' })
      .getByRole('radio', { name: '6', exact: true })
      .check();
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await page.getByRole('button', { name: 'End' }).click();
    await expect(page.getByText('Before the session: pain 6, stiffness not rated.')).toBeVisible();
  });
});
