import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { asScreenedUser, openRoutineChoices } from './session-steps';
import { resultsDir } from '../scripts/out-dir.mjs';

/**
 * Issue 17, "your spot": marking the tender spot on Luozhen's (EX-UE8) picture during a hold,
 * and seeing it next time on the step, the guide page and the print sheet, the other hand
 * mirrored; export → delete all → import; "Forget my spot"; the keyboard-only path.
 */

const shots = resultsDir();

// The right hand's Luozhen zone on the 'hand-back' drawing (240 wide): see illustrations.ts.
const zone = { cx: 107, cy: 142, r: 13, width: 240 };

/** Left side hurts: Luozhen alone, on the right hand (the opposite hand), long enough holds. */
async function startLuozhen(page: Page) {
  await page.goto('/session');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your session' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole('radio', { name: 'Left side' }).check();
  await openRoutineChoices(page);
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByLabel('Seconds per point (20 to 600)').fill('300');
  for (const name of [/Houxi/, /Hegu/, /Fengchi/, /Jianjing/]) {
    await page.getByRole('checkbox', { name }).uncheck();
  }
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Luozhen');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('right hand');
}

async function endSession(page: Page) {
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Done' })).toBeVisible();
}

const marker = (page: Page) => page.locator('.spot-marker:not(.is-pending)');

async function markerXy(page: Page, index = 0) {
  const spot = marker(page).nth(index);
  // Where the marker is drawn, in the picture's own units: its translate().
  const place = (await spot.getAttribute('transform'))?.match(/translate\(([-\d.e]+) ([-\d.e]+)\)/);
  return { x: Number(place?.[1]), y: Number(place?.[2]) };
}

test('marks the spot on Luozhen’s picture and shows it next time, everywhere, until forgotten', async ({
  page,
  watch,
}) => {
  expect(watch.foreignRequests).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await asScreenedUser(page);
  await startLuozhen(page);
  await expect(marker(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Found your spot? Show where' }).click();
  const area = page.getByRole('application', { name: /Where you found the tender spot/ });
  await expect(area).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await area.screenshot({ path: `${shots}/spots-marking-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Tap half a zone radius toward the thumb (the picture’s left on a right hand) and 0.45
  // toward the wrist (down): where that place is on screen, from the picture's own transform.
  const target = { x: zone.cx - 0.5 * zone.r, y: zone.cy + 0.45 * zone.r };
  const onScreen = await area.locator('svg').evaluate((svg, at) => {
    const matrix = (svg as SVGSVGElement).getScreenCTM();
    if (!matrix) throw new Error('no transform');
    const point = new DOMPoint(at.x, at.y).matrixTransform(matrix);
    return { x: point.x, y: point.y };
  }, target);
  await page.mouse.click(onScreen.x, onScreen.y);
  await expect(page.getByText('Saved as your spot.')).toBeVisible();
  const words =
    'Your spot: a little toward the thumb and a little toward the wrist from the middle of the zone.';
  await expect(page.getByRole('img', { name: words })).toBeVisible();
  await endSession(page);

  // Next session, after a reload: the step's picture shows the spot, inside the zone.
  await page.reload();
  await startLuozhen(page);
  await expect(marker(page)).toHaveCount(1);
  const onStep = await markerXy(page);
  // Within the one CSS pixel that a mouse event's whole-pixel position can be off by.
  expect(Math.abs(onStep.x - target.x)).toBeLessThan(1.5);
  expect(Math.abs(onStep.y - target.y)).toBeLessThan(1.5);
  await expect(page.getByRole('img', { name: words })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('.spot-step').screenshot({ path: `${shots}/spots-step-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await endSession(page);

  // The guide page: the right hand's own spot, the left hand its mirror image.
  await page.goto('/points/EX-UE8');
  await expect(page.getByText(words)).toBeVisible();
  const mirrored =
    'Your spot, mirrored from the other side: a little toward the thumb and a little toward the wrist from the middle of the zone.';
  await expect(page.getByText(mirrored)).toBeVisible();
  await expect(marker(page)).toHaveCount(2);
  // Left first on the guide page: the mirror of the right hand's spot.
  const left = await markerXy(page, 0);
  const right = await markerXy(page, 1);
  expect(left.x).toBeCloseTo(zone.width - right.x, 1);
  expect(left.y).toBeCloseTo(right.y, 1);
  expect(await axeViolations(page)).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page
      .locator('.guide-figure-row')
      .first()
      .screenshot({ path: `${shots}/spots-guide-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // The print sheet: the spot on Luozhen's picture, still one page.
  await page.goto('/print');
  await expect(page.getByText(words)).toBeVisible();
  await expect(marker(page)).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // Export, delete all, import: the spot comes back.
  await page.goto('/history');
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON (for importing)' }).click(),
  ]);
  const text = await readFile((await exported.path()) ?? '', 'utf8');
  const file = JSON.parse(text) as { schemaVersion: number; spots: unknown[] };
  expect(file.schemaVersion).toBe(6);
  expect(file.spots).toHaveLength(1);
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'All your data has been deleted' }),
  ).toBeVisible();
  await page.goto('/points/EX-UE8');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(marker(page)).toHaveCount(0);
  await page.goto('/history');
  await page.getByLabel('Import a journal file (JSON exported from Acupress)').setInputFiles({
    name: 'journal.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByText(/^Imported/)).toBeVisible();
  // History's line for the point and side, worded as an observation.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Your spots' })).toBeVisible();
  await expect(
    page.getByText(/right hand: found 1 of 1 times\. Too few marks yet to see whether/),
  ).toBeVisible();
  await page.goto('/points/EX-UE8');
  await expect(page.getByText(words)).toBeVisible();

  // Forget my spot: gone from both hands (the left had only the mirror).
  await page.getByRole('button', { name: 'Forget my spot: right hand' }).click();
  await expect(marker(page)).toHaveCount(0);
  await expect(page.getByText(/^Your spot/)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('places a spot with the keyboard alone, and does not take one far outside the zone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await asScreenedUser(page);
  await startLuozhen(page);
  await page.getByRole('button', { name: 'Found your spot? Show where' }).focus();
  await page.keyboard.press('Enter');
  const area = page.getByRole('application', { name: /Where you found the tender spot/ });
  await expect(area).toBeFocused();
  await expect(page.getByText('Marker: the middle of the zone.')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByText('Marker: a little toward the little finger from the middle of the zone.'),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved as your spot.')).toBeVisible();
  await expect(
    page.getByRole('img', {
      name: 'Your spot: a little toward the little finger from the middle of the zone.',
    }),
  ).toBeVisible();
  const placed = await markerXy(page);
  expect(placed.x).toBeCloseTo(zone.cx + 0.5 * zone.r, 1);
  expect(placed.y).toBeCloseTo(zone.cy, 1);

  // Ten steps up: far outside the zone; not saved as the spot, and the spot stays.
  await page.getByRole('button', { name: 'Found your spot? Show where' }).focus();
  await page.keyboard.press('Enter');
  await expect(area).toBeFocused();
  for (let step = 0; step < 12; step += 1) await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Marker: far outside the zone.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/not saved as your spot\. The point may be elsewhere/)).toBeVisible();
  expect(await markerXy(page)).toEqual(placed);
  // The hold ran on throughout.
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('at Fengchi a place outside the zone is not saved: stay inside it, never the side of the neck', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await asScreenedUser(page);
  await page.goto('/session');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up your session' })).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole('radio', { name: 'Left side' }).check();
  await openRoutineChoices(page);
  for (const name of [/Houxi/, /Luozhen/, /Hegu/, /Jianjing/]) {
    await page.getByRole('checkbox', { name }).uncheck();
  }
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Fengchi');

  // Five steps down toward the side of the neck: 1.25 zone radii, just outside the zone.
  await page.getByRole('button', { name: 'Found your spot? Show where' }).focus();
  await page.keyboard.press('Enter');
  const area = page.getByRole('application', { name: /Where you found the tender spot/ });
  await expect(area).toBeFocused();
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Marker: outside the zone.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(
      'That is outside the zone. Stay inside it, under the skull at the back; never press the sides or front of the neck.',
    ),
  ).toBeVisible();
  await expect(marker(page)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // Three steps down (0.75 radii): inside the zone, saved.
  await page.getByRole('button', { name: 'Found your spot? Show where' }).focus();
  await page.keyboard.press('Enter');
  await expect(area).toBeFocused();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved as your spot.')).toBeVisible();
  await expect(marker(page)).toHaveCount(1);
});
