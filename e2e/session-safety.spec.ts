import { axeViolations, expect, test } from './fixtures';
import { resultsDir } from '../scripts/out-dir.mjs';
import { en } from '../src/catalogs/en';
import { stopSigns } from '../src/features/safety/core/red-flags';
import { asScreenedUser, endSession, openRoutineChoices, setUpShortSession } from './session-steps';

// Browser tests for issue 14: the stop-at-once signs before the first hold of every session and
// one tap away during holds, and the breathing pacer's 3 s limit on the set-up screen.
test.use({ locale: 'en-US' });

const signs = stopSigns.map((id) => en[`safety.stop.${id}`]);
const shots = `${resultsDir()}/session-safety`;

test('the stop signs show before the first hold of every session, and one tap away in it', async ({
  page,
}) => {
  await asScreenedUser(page);
  await setUpShortSession(page);
  for (const session of [1, 2]) {
    await page.getByRole('button', { name: 'Start the session' }).click();
    const notice = page.getByRole('note', { name: en['safety.cautions.stop'] });
    await expect(notice, `session ${session}`).toBeVisible();
    await expect(notice.getByRole('listitem')).toHaveText(signs);
    if (session === 1) expect(await axeViolations(page)).toEqual([]);
    if (process.env.SAFETY_SHOTS) await page.screenshot({ path: `${shots}/prepare.png` });

    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await expect(notice).toHaveCount(0);
    // During the hold: folded away, and one tap opens it.
    const disclosure = page.locator('details', { hasText: en['session.stopSigns'] });
    await expect(disclosure.getByRole('listitem').first()).toBeHidden();
    await disclosure.getByText(en['session.stopSigns']).click();
    await expect(disclosure.getByRole('listitem')).toHaveText(signs);
    if (session === 1) expect(await axeViolations(page)).toEqual([]);
    if (process.env.SAFETY_SHOTS) await page.screenshot({ path: `${shots}/hold.png` });

    await endSession(page);
    await page.getByRole('button', { name: en['session.again'] }).click();
  }
});

test('"When to seek help" is one tap away in the player, and the stop signs say what to do next', async ({
  page,
}) => {
  await asScreenedUser(page);
  await setUpShortSession(page, { holdSeconds: 120 });
  await page.getByRole('button', { name: 'Start the session' }).click();
  const next =
    'If it does not settle within a few minutes, or you have weakness, slurred speech, double vision or a sudden severe headache, call 911.';
  await expect(page.getByRole('note', { name: en['safety.cautions.stop'] })).toContainText(next);
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  // The site's header steps aside during a session; the player has its own Help.
  await expect(
    page.getByRole('banner').getByRole('link', { name: 'When to seek help' }),
  ).toHaveCount(0);
  const disclosure = page.locator('details', { hasText: en['session.stopSigns'] });
  await disclosure.getByText(en['session.stopSigns']).click();
  await expect(disclosure).toContainText(next);
  await page.getByRole('link', { name: 'When to seek help' }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole('heading', { level: 1, name: 'When to seek help' })).toBeVisible();
  await expect(page.getByText('Emergency number: 911')).toBeVisible();
  // Back: the session ran on.
  await page.goBack();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('the breathing pacer takes no phase under 3 s on the set-up screen', async ({ page }) => {
  await asScreenedUser(page);
  await setUpShortSession(page);
  await page.getByText('Breathing pace').click();
  const breatheIn = page.getByLabel('Breathe in (seconds)');
  const breatheOut = page.getByLabel('Breathe out (seconds)');
  await expect(breatheIn).toHaveAttribute('min', '3');
  await expect(breatheOut).toHaveAttribute('min', '3');
  await expect(page.getByText(/Never faster than 3 seconds/)).toBeVisible();

  await breatheIn.fill('1');
  await expect(breatheIn).toHaveAttribute('aria-invalid', 'true');
  await breatheOut.fill('3');
  await expect(breatheOut).toHaveAttribute('aria-invalid', 'false');
  expect(await axeViolations(page)).toEqual([]);

  // Remembered: 1 s was never taken, 3 s was.
  await page.reload();
  await openRoutineChoices(page);
  await page.getByText('Breathing pace').click();
  await expect(breatheIn).toHaveValue('4');
  await expect(breatheOut).toHaveValue('3');
});
