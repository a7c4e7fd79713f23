import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectPageErrors } from '../scripts/page-errors.mjs';

/**
 * Every browser test records what the page asks for and what it logs: any request to another
 * origin, any console error or page error, and any Trusted Types or CSP violation fails the test.
 */
export interface PageWatch {
  readonly foreignRequests: string[];
  readonly consoleErrors: string[];
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    const watch: PageWatch = { foreignRequests: [], consoleErrors: collectPageErrors(page) };
    await page.context().route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
        await route.continue();
      } else {
        watch.foreignRequests.push(url);
        await route.abort('blockedbyclient');
      }
    });
    await use(watch);
    expect(watch.foreignRequests, 'requests outside the app origin').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect };

/** axe with the WCAG 2.2 AA rule tags; returns the violations' ids and targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
