// Every browser test and benchmark fails on what a page logs as an error: console errors and
// uncaught exceptions. One watcher collects both.

/**
 * Collects the page's console errors and uncaught exceptions, as they happen, into `into`.
 * @param {import('@playwright/test').Page} page
 * @param {string[]} [into]
 * @returns {string[]}
 */
export function collectPageErrors(page, into = []) {
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(message.text());
  });
  page.on('pageerror', (error) => into.push(String(error)));
  return into;
}
