import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Shared steps of the trust browser tests (issue 9). */

export const pointIds = ['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21'] as const;
export const painAfter = 'How much does your neck hurt now, after the session?';
export const xssNote = '<img src=x onerror=alert(1)><script>alert(2)</script> & "quotes"';

/** A returning user who has been through the safety screening. */
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

/** Records CSP and Trusted Types violations in the page (read with `violations`). */
export async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (globalThis as { trustViolations?: string[] }).trustViolations = log;
    document.addEventListener('securitypolicyviolation', (event) => {
      log.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
}

export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (globalThis as { trustViolations?: string[] }).trustViolations ?? ['(not watched)'],
  );
}

/** Set-up with one point (Houxi), left side, 20 s holds; leaves the set-up screen ready. */
export async function setUpShortSession(page: Page): Promise<void> {
  await page.goto('/session');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your session' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole('radio', { name: 'Left side' }).check();
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByLabel('Seconds per point (20 to 600)').fill('20');
  for (const name of [/Luozhen/, /Hegu/, /Fengchi/, /Jianjing/]) {
    await page.getByRole('checkbox', { name }).uncheck();
  }
}

/** Page width fits the viewport: no horizontal scrolling. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
