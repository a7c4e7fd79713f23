import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steps of a session as a person takes them, shared by the browser tests. */

export const painNow = 'How much does your neck hurt right now?';
export const painAfter = 'How much does your neck hurt now, after the session?';

/** A returning adult who has been through the safety screening. */
export async function asScreenedUser(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('acupress.health')) {
      localStorage.setItem(
        'acupress.health',
        JSON.stringify({ isPregnant: false, isAdult: true, screenedAtEpochMs: Date.now() }),
      );
    }
  });
}

export interface ShortSessionOptions {
  /** Seconds per point; 20 (the shortest) by default. */
  readonly holdSeconds?: number;
  /** The app's address, for pages that have no base URL (a browser started by the test). */
  readonly base?: string;
}

/**
 * Opens one of the set-up's disclosures ("Change the routine", "Rate your neck first
 * (optional)"), unless it is open already.
 */
async function openDisclosure(page: Page, summary: string): Promise<void> {
  const details = page.locator('details', {
    has: page.locator(':scope > summary', { hasText: summary }),
  });
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator(':scope > summary').click();
  }
  await expect(details).toHaveAttribute('open', '');
}

/** "Change the routine": hold length, pacing, cues, playback, the points and the preview. */
export async function openRoutineChoices(page: Page): Promise<void> {
  await openDisclosure(page, 'Change the routine');
}

/** "Rate your neck first (optional)": the before-session pain and stiffness scales. */
export async function openBeforeRatings(page: Page): Promise<void> {
  await openDisclosure(page, 'Rate your neck first (optional)');
}

/** Set-up with one point (Houxi), left side, short holds; leaves the set-up screen ready. */
export async function setUpShortSession(
  page: Page,
  { holdSeconds = 20, base = '' }: ShortSessionOptions = {},
): Promise<void> {
  await page.goto(`${base}/session`);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your session' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole('radio', { name: 'Left side' }).check();
  await openRoutineChoices(page);
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByLabel('Seconds per point (20 to 600)').fill(String(holdSeconds));
  for (const name of [/Luozhen/, /Hegu/, /Fengchi/, /Jianjing/]) {
    await page.getByRole('checkbox', { name }).uncheck();
  }
}

/** "Start the session", then "Start now" on the skin check: the first hold runs. */
export async function startHold(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
}

/** The seconds the hold's large countdown shows ("1:05" → 65). */
export async function secondsShown(page: Page): Promise<number> {
  const text = await page.getByRole('timer').textContent();
  const [minutes, seconds] = (text ?? '0:00').split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

/** "End": the Done screen with the after-session questions. */
export async function endSession(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Done' })).toBeVisible();
}

/** Answers "how much does it hurt now" after the session, and writes a note if given. */
export async function answerAfter(page: Page, painScore: number, note?: string): Promise<void> {
  await page
    .getByRole('group', { name: painAfter })
    .getByRole('radio', { name: String(painScore), exact: true })
    .check();
  if (note !== undefined) await page.getByLabel('A note for yourself (optional)').fill(note);
}

/** "Save to my journal", until the app says it is saved. */
export async function saveToJournal(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByText('Saved to your journal.')).toBeVisible();
}
