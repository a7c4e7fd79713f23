import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { axeViolations, expect, test } from './fixtures';

// Screenshots of every drawing, in light and dark at phone width, saved for people to look at.
const shotsDir = 'docs/screenshots';
const pointIds = ['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21'] as const;
/** Pictures per guide page: each view for the left and the right side (hand points have two views). */
const picturesPerPage = { SI3: 4, 'EX-UE8': 3, LI4: 4, GB20: 3, GB21: 3 } as const;
/** Words each point's pictures must use to say where the point is. */
const locationWords = {
  SI3: /little finger/i,
  'EX-UE8': /index finger and the middle finger/i,
  LI4: /index.finger/i,
  GB20: /under the skull/i,
  GB21: /halfway between/i,
} as const;

/** Counts the pages of a PDF made by Chromium. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test.describe.configure({ mode: 'parallel' });

test.describe('the point guide', () => {
  test.use({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every guide page shows its pictures, described in words, in ${colorScheme}`, async ({
      page,
    }) => {
      mkdirSync(shotsDir, { recursive: true });
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      for (const id of pointIds) {
        await page.goto(`/points/${id}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const pictures = page.getByRole('img');
        await expect(pictures).toHaveCount(picturesPerPage[id]);
        for (const picture of await pictures.all()) {
          const drawing = await picture.getAttribute('data-drawing');
          const label = (await picture.getAttribute('aria-label')) ?? '';
          const zone = picture.locator('.pic-zone:not(.is-other)');
          const side = (await zone.count()) > 0 ? await zone.getAttribute('data-side') : null;
          if (side) {
            expect(await zone.getAttribute('data-point')).toBe(id);
            expect(label, `${id} ${drawing} ${side}`).toMatch(locationWords[id]);
            expect(label).toContain(side);
          } else {
            expect(label.length, `${id} ${drawing}`).toBeGreaterThan(60);
          }
          const box = await picture.boundingBox();
          expect(box?.width ?? 0).toBeGreaterThan(200);
          await picture.screenshot({
            path: `${shotsDir}/${drawing}-${id}-${side ?? 'both'}-${colorScheme}.png`,
            animations: 'disabled',
          });
        }
      }
    });
  }

  test('the left hand is the right hand mirrored: its thumb side is on the right', async ({
    page,
  }) => {
    await page.goto('/points/LI4');
    const leftHand = page.getByRole('img', { name: /back of your left hand/i });
    const rightHand = page.getByRole('img', { name: /back of your right hand/i });
    for (const [picture, isThumbOnRight] of [
      [leftHand, true],
      [rightHand, false],
    ] as const) {
      const svg = await picture.boundingBox();
      const zone = await picture.locator('.pic-zone-spot').boundingBox();
      expect(svg && zone).toBeTruthy();
      const zoneX = zone!.x + zone!.width / 2;
      const middleX = svg!.x + svg!.width / 2;
      expect(zoneX > middleX).toBe(isThumbOnRight);
    }
  });

  test('the list of points passes axe and shows where never to press', async ({ page }) => {
    await page.goto('/points');
    await expect(page.getByRole('img', { name: /never press/i })).toBeVisible();
    await expect(page.getByRole('img')).toHaveCount(6);
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const id of pointIds) {
    // One page in dark, the others in light: the pictures' colours are checked in both.
    const colorScheme = id === 'GB20' ? 'dark' : 'light';
    test(`the guide page of ${id} passes axe in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/points/${id}`);
      await expect(page.getByRole('img').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('each drawing stays under 8 KB gzipped', async ({ page }) => {
    const sizes = new Map<string, number>();
    for (const id of pointIds) {
      await page.goto(`/points/${id}`);
      await expect(page.getByRole('img').first()).toBeVisible();
      for (const picture of await page.getByRole('img').all()) {
        const drawing = (await picture.getAttribute('data-drawing')) ?? 'unknown';
        const markup = await picture.evaluate((svg) => new XMLSerializer().serializeToString(svg));
        sizes.set(drawing, Math.max(sizes.get(drawing) ?? 0, gzipSync(markup).length));
      }
    }
    for (const [drawing, bytes] of sizes) console.log(`illustration-gz-bytes-${drawing}: ${bytes}`);
    expect(sizes.size).toBe(7);
    for (const [drawing, bytes] of sizes) expect(bytes, drawing).toBeLessThan(8 * 1024);
  });

  test('a finding step measured in finger widths shows the measures', async ({ page }) => {
    await page.goto('/points/EX-UE8');
    await expect(
      page.getByRole('img', { name: /thumb at its widest joint is 1 cun/i }),
    ).toBeVisible();
    await page.goto('/points/SI3');
    await expect(page.getByRole('img', { name: /1 cun/i })).toHaveCount(0);
  });
});

test('the print sheet fits one page of A4 and of Letter', async ({ page }, testInfo) => {
  await page.goto('/points');
  await page.getByRole('link', { name: 'A one-page sheet to print' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/five points/);
  await expect(page.getByRole('img')).toHaveCount(5);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this sheet' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  for (const format of ['A4', 'Letter'] as const) {
    // Kept with the test's results, to look at: pdftoppm -png turns it into a picture.
    const path = testInfo.outputPath(`print-sheet-${format}.pdf`);
    const pdf = await page.pdf({ format, printBackground: true, path });
    expect(pdfPageCount(pdf), format).toBe(1);
  }
});
