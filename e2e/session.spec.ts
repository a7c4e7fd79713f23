import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** A returning user who has been through the safety screening. */
async function asScreenedUser(page: Page) {
  await page.addInitScript(() => {
    if (!localStorage.getItem('acupress.health')) {
      localStorage.setItem(
        'acupress.health',
        JSON.stringify({ isPregnant: false, screenedAtEpochMs: Date.now() }),
      );
    }
  });
}

/** Set-up: only Houxi, left side hurts, a 20 s custom hold. */
async function setUpShortSession(page: Page) {
  await page.goto('/session');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your session' })).toBeVisible();
  await page.getByRole('radio', { name: 'Left side' }).check();
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByLabel('Seconds per point (20 to 600)').fill('20');
  for (const name of [/Luozhen/, /Hegu/, /Fengchi/, /Jianjing/]) {
    await page.getByRole('checkbox', { name }).uncheck();
  }
}

test.beforeEach(async ({ page }) => {
  await asScreenedUser(page);
});

test('a quick session run by clicks: start, pause, resume, skip and the end', async ({ page }) => {
  await setUpShortSession(page);
  const preview = page.getByRole('region', { name: 'Your routine' });
  await expect(preview.getByRole('listitem')).toHaveText([
    /Houxi.*left hand.*20 seconds/,
    /Houxi.*right hand.*20 seconds/,
  ]);
  await expect(preview).toContainText('Total: about 1 minute');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Houxi');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('left hand');
  await expect(page.getByText(/Not over a vein, mole, wart, bruise, cut or scrape/)).toBeVisible();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('timer')).toHaveText(/0:(20|19|18)/);
  await expect(page.getByText(/Breathe (in|out)/).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused', { exact: true }).first()).toBeVisible();
  const pausedAt = await page.getByRole('timer').textContent();
  await page.waitForTimeout(1500);
  await expect(page.getByRole('timer')).toHaveText(pausedAt ?? '');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('right hand');
  await page.getByRole('button', { name: 'End' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Done' })).toBeVisible();
  await expect(page.getByText(/You ended the session after/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a whole short session runs to Done by itself, with its tones on the audio clock', async ({
  page,
}) => {
  await setUpShortSession(page);
  await page.getByRole('checkbox', { name: 'Voice' }).uncheck();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Done' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/You spent .* on 1 of 2 steps/)).toBeVisible();
  const kinds = await page.evaluate(() =>
    (
      globalThis as unknown as { acupressAudio: { log: Array<{ kind: string }> } }
    ).acupressAudio.log.map((entry) => entry.kind),
  );
  expect(kinds).toContain('start');
  expect(kinds).toContain('half');
  expect(kinds.at(-1)).toBe('done');
});

test('a reload in the middle of a hold offers to resume at the same step and second', async ({
  page,
}) => {
  await setUpShortSession(page);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'Pause' }).click();
  const shown = await page.getByRole('timer').textContent();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Resume where you left off?' }),
  ).toBeVisible();
  await expect(page.getByText(/Houxi.*right hand/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('right hand');
  await page.getByRole('button', { name: 'Pause' }).click();
  const [minutes, seconds] = (shown ?? '0:00').split(':').map(Number);
  const resumed = await page.getByRole('timer').textContent();
  const [rMinutes, rSeconds] = (resumed ?? '0:00').split(':').map(Number);
  const difference =
    (minutes ?? 0) * 60 + (seconds ?? 0) - ((rMinutes ?? 0) * 60 + (rSeconds ?? 0));
  expect(difference).toBeGreaterThanOrEqual(0);
  expect(difference).toBeLessThanOrEqual(1);
});

test('a second tab is told that a session is running elsewhere', async ({ page, context }) => {
  await setUpShortSession(page);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('/session');
  await expect(other.getByRole('alert')).toContainText('already running in another tab');
  await expect(other.getByRole('button', { name: 'Resume where you left off' })).toHaveCount(0);
  await other.close();
});
