import { axeViolations, expect, test } from './fixtures';

test('a new user sees the five points, opens one, and reads how to find it', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/stiff neck/i);
  await expect(page.getByRole('link', { name: 'Start a session' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Points' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'The five points' })).toBeVisible();
  const names = page.getByRole('heading', { level: 2 }).filter({ has: page.getByRole('link') });
  await expect(names).toHaveText([/Houxi/, /Wailaogong/, /Hegu/, /Fengchi/, /Jianjing/]);

  await page.getByRole('link', { name: /Wailaogong/ }).click();
  await expect(page).toHaveURL(/\/points\/EX-UE8$/);
  // The standard name (GB/T 40997-2021), with Luozhen, the article's "stiff neck point", as its other name.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Wailaogong, also called Luozhen/,
  );
  await expect(page.getByText('外劳宫')).toBeVisible();
  await expect(page.getByText('Also called 落枕 Luòzhěn')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to find it' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /0\.5 cun/ })).toBeVisible();
  await expect(page.getByText(/pain on the left, press the right hand/i)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the home screen passes axe and is served with a strict CSP', async ({ page, request }) => {
  const response = await request.get('/');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  // Only the camera mode's worker may compile WebAssembly; the page itself may not.
  expect(csp).not.toContain('wasm-unsafe-eval');
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('an unknown point shows a clear message', async ({ page }) => {
  await page.goto('/points/XX1');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
