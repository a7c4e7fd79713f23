import type { Page } from '@playwright/test';

/** Shared page checks of the accessibility and privacy browser tests; session steps are in session-steps.ts. */

export const pointIds = ['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21'] as const;
export const xssNote = '<img src=x onerror=alert(1)><script>alert(2)</script> & "quotes"';

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

/** Page width fits the viewport: no horizontal scrolling. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
