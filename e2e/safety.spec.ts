import { axeViolations, expect, test } from './fixtures';
import { resultsDir } from '../scripts/out-dir.mjs';
import type { Page } from '@playwright/test';
import { en } from '../src/catalogs/en';
import { es } from '../src/catalogs/es';
import { zhHans } from '../src/catalogs/zh-hans';
import { englishPointText } from '../src/i18n/point-text';
import { pointIds } from '../src/domain/points';
import { sources } from '../src/domain/sources';
import { asScreenedUser, openRoutineChoices } from './session-steps';

// Browser tests for issue 6: first-run screening, red flags, health questions, pregnancy mode,
// Settings, About, Sources, and the Spanish and Chinese translations.
test.use({ locale: 'en-US' });

const shots = `${resultsDir()}/safety`;

/** axe on the current screen; with SAFETY_SHOTS=1 also a full-page screenshot to look at. */
async function expectAxeClean(page: Page, name: string) {
  if (process.env.SAFETY_SHOTS) {
    await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  }
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
}

test('a first-time user sees the warning signs before any session, then goes on to it', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start a session' }).click();
  await expect(page).toHaveURL(/\/safety\?next=%2Fsession|\/safety\?next=\/session/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you start');
  await expect(page.getByRole('heading', { name: 'Signs of an emergency' })).toBeVisible();
  await expect(page.getByRole('button', { name: /worst ever/ })).toBeVisible();
  await expectAxeClean(page, 'screening-list');

  await page.getByRole('button', { name: 'None of these apply to me' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A few questions about you');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please say whether you are 18 or older.');
  await page.getByLabel('Yes, I am 18 or older').check();
  await expectAxeClean(page, 'screening-health');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/session$/);

  // Remembered: the next visit goes straight to the session.
  await page.goto('/session');
  await expect(page).toHaveURL(/\/session$/);
});

test('choosing an emergency sign shows the advice and the number, and no way to start', async ({
  page,
}) => {
  await page.goto('/safety?next=/session');
  await page.getByRole('button', { name: /after a fall, a dive, a road accident/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call for emergency help now');
  await expect(page.getByText('Emergency number: 911')).toBeVisible();
  await expect(page.getByText(/Do not use acupressure/)).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /start|session/i })).toHaveCount(0);
  await expect(
    main.getByRole('button', { name: /start|session|none of these|continue/i }),
  ).toHaveCount(0);
  await expect(main.getByRole('button')).toHaveText(['Back to the list']);
  await expectAxeClean(page, 'advice-emergency');

  // Not screened: the session still sends the user back to the list.
  await page.goto('/session');
  await expect(page).toHaveURL(/\/safety/);
});

test('"see a doctor before self-care", cleared by a doctor, goes on to the set-up', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start a session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you start');
  await page.getByRole('button', { name: /A history of cancer, tuberculosis/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'See a doctor before trying self-care',
  );
  await page.getByRole('button', { name: 'A doctor has told me self-care is fine' }).click();
  // The clearance covers that statement only: back to the list, marked, to read the others.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you start');
  await expect(page).toHaveURL(/\/safety\?next=%2Fsession$/);
  await expect(
    page.getByRole('button', {
      name: /A history of cancer, tuberculosis.*\(cleared by your doctor\)/,
    }),
  ).toBeVisible();
  await expect(page.getByText(/covers that statement only/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'None of these apply to me' })).toHaveCount(0);
  await expectAxeClean(page, 'screening-cleared');
  // Not finished yet: the session still leads back to the list.
  await page.goto('/session');
  await expect(page).toHaveURL(/\/safety/);
  await page.getByRole('button', { name: 'None of the others apply to me' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A few questions about you');
  await page.getByLabel('Yes, I am 18 or older').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your session');

  // Remembered: the next visit goes straight to the set-up.
  await page.goto('/session');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your session');
});

test('a new "see a doctor first" statement, not yet cleared, asks again', async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('acupress.health')) {
      localStorage.setItem(
        'acupress.health',
        JSON.stringify({
          isPregnant: false,
          isAdult: true,
          screenedAtEpochMs: Date.now(),
          chosenFlags: ['risk-history'],
          clearedFlags: ['risk-history'],
        }),
      );
    }
  });
  await page.goto('/session');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your session');

  await page.goto('/safety?next=/session');
  await page.getByRole('button', { name: /wakes you at night/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'See a doctor before trying self-care',
  );
  await expectAxeClean(page, 'advice-doctor-first');
  // Leaving the advice without the doctor's word: the session is closed again.
  await page.goto('/');
  await page.getByRole('link', { name: 'Start a session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you start');
  await page.getByRole('button', { name: /wakes you at night/ }).click();
  await page.getByRole('button', { name: 'A doctor has told me self-care is fine' }).click();
  // Back to the list with both clearances marked; then, the age known, on to the set-up.
  await expect(page.getByRole('button', { name: /\(cleared by your doctor\)/ })).toHaveCount(2);
  await page.getByRole('button', { name: 'None of the others apply to me' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your session');
});

test('after 14 days without a session, the warning signs come again before the next one', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('acupress.health')) {
      const day = 86_400_000;
      localStorage.setItem(
        'acupress.health',
        JSON.stringify({
          isPregnant: false,
          isAdult: true,
          screenedAtEpochMs: Date.now() - 20 * day,
        }),
      );
      localStorage.setItem('acupress.session.lastStartedAt', JSON.stringify(Date.now() - 15 * day));
    }
  });
  await page.goto('/session');
  await expect(page).toHaveURL(/\/safety\?next=(%2F|\/)session/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Before you start');
  await page.getByRole('button', { name: 'None of these apply to me' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your session');
});

test('the adult question cannot be skipped: Home and /session lead back to it', async ({
  page,
}) => {
  await page.goto('/safety?next=/session');
  await page.getByRole('button', { name: 'None of these apply to me' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A few questions about you');
  // Leave the questions unanswered and try to start a session from Home.
  await page.getByRole('link', { name: 'Acupress', exact: true }).click();
  await page.getByRole('link', { name: 'Start a session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A few questions about you');
  await expect(page.getByRole('button', { name: 'Start the session' })).toHaveCount(0);
  // Typing the address does not skip it either, even after a reload.
  await page.goto('/session');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A few questions about you');
  await expect(page).toHaveURL(/\/safety\?/);
  await page.getByLabel('Yes, I am 18 or older').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your session');
});

test('under 18, or a condition not yet cleared with a doctor, keeps the session closed', async ({
  page,
}) => {
  await page.goto('/safety?next=/session');
  await page.getByRole('button', { name: 'None of these apply to me' }).click();
  await page.getByLabel('No, I am under 18').check();
  await expect(page.getByRole('status').filter({ hasText: 'made for adults' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('made for adults');
  await expect(page).toHaveURL(/\/safety/);

  await page.getByLabel('Yes, I am 18 or older').check();
  await page.getByLabel('I have osteoporosis').check();
  await expect(page.getByText(/please ask a doctor before you use acupressure/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Please ask a doctor first');
  await page.getByLabel('I have asked a doctor, and they agree').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/session$/);
});

test('"When to seek help" is one tap away from every screen', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.goto('/points/GB20');
  for (const screen of ['Points', 'Sources', 'About', 'Settings', 'Acupress']) {
    await nav.getByRole('link', { name: 'When to seek help' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('When to seek help');
    await page.getByRole('link', { name: screen, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('When to seek help');
  }
  await nav.getByRole('link', { name: 'When to seek help' }).click();
  await expect(page.getByText('Emergency number: 911')).toBeVisible();
  await expect(page.getByText(/not better after about two weeks/)).toBeVisible();
  await expect(page.getByText(/Never press the front or sides of your neck/)).toBeVisible();
  // The same skin list as the session's skin check (src/features/safety/core/skin-cautions.ts).
  await expect(
    page.getByText(
      'Never press over a vein, a mole, a wart, a bruise, a cut, a scrape, varicose veins, swelling, an infection, a burn, a rash, or a recent scar.',
    ),
  ).toBeVisible();
  await expectAxeClean(page, 'help');
});

test('pregnancy mode, turned on in Settings, says on the guide why GB21 and LI4 are left out', async ({
  page,
}) => {
  await asScreenedUser(page);
  await page.goto('/settings');
  await expectAxeClean(page, 'settings');
  await page.getByLabel('I am pregnant or could be pregnant: turn on pregnancy mode').check();
  await expect(page.getByText('Saved on this device.')).toBeVisible();
  await expect(page.getByText(/Pregnancy mode is on: Jianjing and Hegu/)).toBeVisible();

  await page.goto('/points/GB21');
  const note = page.getByRole('note').filter({ hasText: 'Pregnancy mode is on' });
  await expect(note).toContainText('uterine contractions');
  await page.goto('/points/LI4');
  await expect(note).toContainText('traditionally avoided in pregnancy');
  await expectAxeClean(page, 'guide-li4-pregnant');
  await page.goto('/points/SI3');
  await expect(page.getByText('Pregnancy mode is on')).toHaveCount(0);

  // The planned routine leaves both points out.
  await page.goto('/session');
  await openRoutineChoices(page);
  const routine = page.getByRole('region', { name: 'Your routine' });
  await expect(routine.getByRole('listitem').first()).toContainText('Houxi');
  await expect(routine).not.toContainText('Hegu');
  await expect(routine).not.toContainText('Jianjing');
});

test('About says plainly what the evidence says and credits the article; Sources lists them all', async ({
  page,
}) => {
  await page.goto('/about');
  await expect(page.getByText(/evidence for acupressure on neck pain is weak/)).toBeVisible();
  await expect(
    page.getByText(/systematic review that found only case reports and case series: 15 studies/),
  ).toBeVisible();
  await expect(page.getByText(/EDIDO-CUH .*0\.16 points lower/)).toBeVisible();
  // Larger trials in other conditions: small benefits, sham points about as good (issue 23).
  await expect(
    page.getByText(/^Knee arthritis: 314 adults; pain was 0\.54 points lower/),
  ).toBeVisible();
  await expect(page.getByText(/^Tiredness after ovarian cancer: 171 women/)).toBeVisible();
  await expect(page.getByText(/^Knee arthritis: 150 adults/)).toBeVisible();
  await expect(
    page.getByText(/calm routine of pressing and breathing more than from the exact spot/),
  ).toBeVisible();
  await expect(
    page.getByText(/not a test of whether a treatment works for a condition/),
  ).toBeVisible();
  await expect(
    page.getByText(
      '“If you have an underlying medical condition, consult your doctor before using acupressure to treat neck pain and stiffness.”',
      { exact: false },
    ),
  ).toBeVisible();
  await expect(
    page.getByText(/Acupressure Points for Stiff Neck and Neck Pain/).first(),
  ).toBeVisible();
  await expectAxeClean(page, 'about');
  await page.getByRole('link', { name: 'See every source' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  await expect(page.locator('#source-who-2008')).toContainText('Houxi');
  await expect(page.locator('#source-stiell-2001')).toContainText('the warning signs');
  await expect(page.locator('#source-kwon-lee-2018')).toContainText('what the evidence says');
  await expect(page.locator('#source-kovacs-2008')).toContainText('pain ratings');
  await expect(page.locator('#source-gb-t-40997-2021')).toContainText('Wailaogong');
  await expect(page.locator('#source-eu-eecc-2018-1972')).toContainText('Art. 109');
  await expect(page.locator('#source-eu-eecc-2018-1972')).toContainText('the emergency numbers');
  await expect(page.locator('#source-buenos-aires-same-107')).toContainText(
    'the emergency numbers',
  );
  for (const id of ['yeung-2024', 'zick-2026', 'li-2018', 'li-bua-2016-94']) {
    await expect(page.locator(`#source-${id}`)).toContainText(
      id === 'li-bua-2016-94' ? 'the emergency numbers' : 'what the evidence says',
    );
  }
  await expect(page.locator('#source-ahrq-n-of-1-2014')).toContainText('the personal trial');
  await expect(page.locator('#source-kovacs-2008')).toContainText('the personal trial');
  await expectAxeClean(page, 'sources');
});

/** English words that no Spanish or Chinese screen should show. */
const englishWords =
  /\b(the|and|your|you|with|this|that|press|point|points|hand|neck|side|seconds?|minutes?|start|session|before|after)\b/i;

/** Fragments of every English message and point text, long enough to be unambiguous. */
const englishFragments = [
  ...Object.values(en),
  ...pointIds.flatMap((id) => {
    const text = englishPointText(id);
    return [text.location, text.findShort, text.sidesWhy, text.pressure, ...text.findSteps];
  }),
]
  .flatMap((message) => message.split(/\{\w+\}/))
  .map((fragment) => fragment.trim())
  .filter((fragment) => fragment.length >= 12 && fragment.includes(' '));

/** Titles and publishers of the cited sources: names, left in their own language. */
const citations = Object.values(sources).flatMap((source) => [source.title, source.publisher]);

/** The visible and screen-reader text of the page, minus what is marked as English on purpose. */
async function pageText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const node of clone.querySelectorAll('[lang="en"], script, style')) node.remove();
    const labels = [...document.querySelectorAll('[aria-label]')].map(
      (node) => node.getAttribute('aria-label') ?? '',
    );
    return [document.title, clone.textContent ?? '', ...labels].join('\n');
  });
  return citations.reduce((rest, citation) => rest.split(citation).join(' '), text);
}

/**
 * No English on the screen, read again until it holds (as toHaveText does): the tab's title is
 * set just after the screen renders, so a read at once can catch the one before.
 */
async function expectNoEnglish(page: Page, screen: string) {
  const english = async () => {
    const text = await pageText(page);
    const fragments = englishFragments.filter((fragment) => text.includes(fragment));
    const words = text.match(new RegExp(englishWords.source, 'gi')) ?? [];
    return { screen, fragments, words };
  };
  await expect.poll(english).toEqual({ screen, fragments: [], words: [] });
}

const languages = [
  { lang: 'es', name: 'Español', catalog: es },
  { lang: 'zh-Hans', name: '简体中文', catalog: zhHans },
] as const;

for (const { lang, name, catalog } of languages) {
  test(`in ${name}, the home, guide, set-up and hold screens show no English`, async ({ page }) => {
    const say = (key: keyof typeof en) => catalog[key] ?? en[key];
    await asScreenedUser(page);
    await page.goto('/settings');
    await page.getByRole('radio', { name }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('safety.settings.title'));

    // Remembered across a reload, on every screen.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('home.title'));
    await expectNoEnglish(page, 'home');
    await expectAxeClean(page, `home-${lang}`);

    await page.goto('/points/GB20');
    await expect(page.getByRole('heading', { level: 2, name: say('guide.find') })).toBeVisible();
    await expectNoEnglish(page, 'guide');
    await expectAxeClean(page, `guide-${lang}`);

    await page.goto('/session');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(say('session.setupTitle'));
    await expectNoEnglish(page, 'set-up');
    await expectAxeClean(page, `setup-${lang}`);

    await page.getByRole('radio', { name: say('session.pain.left') }).check();
    await page.getByRole('button', { name: say('session.start') }).click();
    await page.getByRole('button', { name: say('session.readyAuto') }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await expectNoEnglish(page, 'hold');
    await expectAxeClean(page, `hold-${lang}`);
    await page.getByRole('button', { name: say('session.end') }).click();
  });
}

test.describe('in Argentina', () => {
  test.use({ locale: 'es-AR' });

  test('the help page gives 107 for medical help, 911 also (ambulances in Buenos Aires Province), and the local number elsewhere', async ({
    page,
  }) => {
    await page.goto('/help');
    await expect(
      page.getByText(spanish('safety.emergency.number').replace('{number}', '107')),
    ).toBeVisible();
    await expect(
      page.getByText(spanish('safety.emergency.alsoNumber').replace('{number}', '911')),
    ).toBeVisible();
    await expect(page.getByText(spanish('safety.emergency.elsewhere'))).toBeVisible();
    await expectNoEnglish(page, 'help-es-AR');
  });
});

test.describe('in Bolivia', () => {
  test.use({ locale: 'es-BO' });

  test('the help page leads with the local emergency number: no single national one', async ({
    page,
  }) => {
    await page.goto('/help');
    const block = page.locator('.emergency-number');
    await expect(block.locator('p').first()).toHaveText(spanish('safety.emergency.callLocal'));
    await expect(block).toContainText('165 o 168');
    await expect(
      block.getByText(spanish('safety.emergency.police').replace('{number}', '110')),
    ).toBeVisible();
    await expectNoEnglish(page, 'help-es-BO');
  });
});

function spanish(key: keyof typeof es): string {
  const text = es[key];
  if (text === undefined) throw new Error(`No Spanish text for ${key}`);
  return text;
}
