import { axeViolations, expect, test } from './fixtures';
import { asScreenedUser, secondsShown, setUpShortSession, startHold } from './session-steps';

test.beforeEach(async ({ page }) => {
  await asScreenedUser(page);
});

test('a hold can be given 30 seconds more, said aloud, and kept through a reload', async ({
  page,
}) => {
  await setUpShortSession(page);
  await startHold(page);
  await page.getByRole('button', { name: 'Pause' }).click();
  const before = await secondsShown(page);
  expect(before).toBeLessThanOrEqual(20);

  await page.getByRole('button', { name: 'Add 30 seconds' }).click();
  await expect(page.locator('[aria-live="polite"]', { hasText: '30 seconds added' })).toHaveText(
    '30 seconds added to this hold.',
  );
  expect(await secondsShown(page)).toBe(before + 30);
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await secondsShown(page)).toBeGreaterThanOrEqual(before + 29);
});

test('Fengchi’s ten presses offer no extra time', async ({ page }) => {
  await setUpShortSession(page);
  await page.getByRole('checkbox', { name: /Houxi/ }).uncheck();
  await page.getByRole('checkbox', { name: /Fengchi/ }).check();
  await startHold(page);
  await expect(page.getByText(/Press 1 of 10/i)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add 30 seconds' })).toHaveCount(0);
});
