// What a journey does, in words a person would use, the same in every engine: open a page, find
// a control by its role and visible name (computed by axe-core, the accessibility engine the
// Chromium tests use), click, type, wait to see text. Each engine's file (webkit.mjs,
// firefox.mjs) implements the few commands below it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * @typedef {object} Driver  One browser, one page.
 * @property {'webkit' | 'firefox'} engine
 * @property {string} version
 * @property {(url: string) => Promise<void>} goto
 * @property {() => Promise<void>} reload
 * @property {(fn: Function, ...args: unknown[]) => Promise<any>} run  runs fn in the page
 * @property {(fn: Function, ...args: unknown[]) => Promise<any>} element  fn's element, or null
 * @property {(source: string) => Promise<void>} inject  runs a script's source in the page
 * @property {(element: any) => Promise<void>} click  a real click, a user gesture
 * @property {(element: any, text: string) => Promise<void>} type
 * @property {(key: 'Tab' | 'Enter' | 'Space' | 'ArrowRight') => Promise<void>} press  one key
 * @property {(element: any, path: string) => Promise<void>} setFile
 * @property {() => Promise<Buffer>} screenshot
 * @property {() => Promise<void>} close
 */

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** How long a step waits for what it expects: generous, the machines have 2 shared cores. */
export const patience = 20_000;

/** A text or pattern as the page can take it. */
function matcher(name) {
  if (name === null) return { source: '', flags: '' };
  return name instanceof RegExp
    ? { source: name.source, flags: name.flags }
    : { text: name.replace(/\s+/g, ' ').trim() };
}

/**
 * Runs in the page: the first element with this role and accessible name (only the focused
 * element, if asked), or null.
 */
function byRoleInPage(role, name, exact, focusedOnly = false) {
  const axe = window.axe;
  const matches = (text) => {
    const normal = text.replace(/\s+/g, ' ').trim();
    if (name.source !== undefined) return new RegExp(name.source, name.flags).test(normal);
    return exact ? normal === name.text : normal.toLowerCase().includes(name.text.toLowerCase());
  };
  axe.setup(document);
  try {
    const found = [];
    const focused = document.activeElement;
    const candidates = focusedOnly
      ? focused
        ? [focused]
        : []
      : document.body.querySelectorAll('*');
    for (const element of candidates) {
      const roles = Array.isArray(role) ? role : [role];
      if (
        role === null
          ? !element.matches('input, select, textarea, button')
          : !roles.includes(axe.commons.aria.getRole(element))
      )
        continue;
      if (!axe.commons.dom.isVisibleToScreenReaders(element)) continue;
      const text = axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(element));
      if (matches(text)) found.push({ element, exactly: text.trim() === name.text });
    }
    return (found.find((match) => match.exactly) ?? found[0])?.element ?? null;
  } finally {
    axe.teardown();
  }
}

/** Runs in the page: keeps its uncaught errors, rejections and console errors. */
function recordErrorsInPage() {
  if (window.__engineErrors) return;
  const errors = (window.__engineErrors = []);
  addEventListener('error', (event) => errors.push(`error: ${event.message}`));
  addEventListener('unhandledrejection', (event) =>
    errors.push(`rejection: ${event.reason} ${event.reason?.stack ?? ''}`),
  );
  const consoleError = console.error.bind(console);
  console.error = (...parts) => {
    errors.push(`console: ${parts.map(String).join(' ')}`);
    consoleError(...parts);
  };
}

/**
 * A person using the app in one engine.
 * @param {Driver} driver
 * @param {string} base  the app's origin
 */
export function createUser(driver, base) {
  async function ensureAxe() {
    const present = await driver.run(() => typeof window.axe === 'object');
    if (!present) await driver.inject(axeSource);
  }

  async function waitFor(what, check, ms = patience) {
    const end = Date.now() + ms;
    let last;
    for (;;) {
      try {
        const value = await check();
        if (value) return value;
      } catch (error) {
        last = error;
      }
      if (Date.now() > end) {
        throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** The element with this role (or one of these roles; null: any form control) and name; waits. */
  async function find(role, name, { exact = false, ms = patience } = {}) {
    const label = `${role ?? 'control'} "${name}"`;
    return waitFor(
      label,
      async () => {
        await ensureAxe();
        return driver.element(byRoleInPage, role, matcher(name), exact);
      },
      ms,
    );
  }

  return {
    driver,
    waitFor,
    find,
    /** Opens a page, and records its uncaught errors and console errors from then on. */
    async open(path) {
      await driver.goto(`${base}${path}`);
      await driver.run(recordErrorsInPage);
    },
    /** What the page recorded since it was opened. */
    async errors() {
      return (await driver.run(() => window.__engineErrors)) ?? ['(the page was not opened)'];
    },
    /** True when a control with this role and name is on screen now (no waiting). */
    async has(role, name, { exact = false } = {}) {
      await ensureAxe();
      return (await driver.element(byRoleInPage, role, matcher(name), exact)) !== null;
    },
    /**
     * Presses Tab until the control with this role and name has the focus (at most `tabs`
     * times), as a keyboard user moves through the page.
     */
    async tabTo(role, name, { exact = false, tabs = 60 } = {}) {
      await ensureAxe();
      for (let count = 0; count < tabs; count += 1) {
        await driver.press('Tab');
        const focused = await driver.element(byRoleInPage, role, matcher(name), exact, true);
        if (focused) return count + 1;
      }
      throw new Error(`${tabs} presses of Tab did not reach ${role} "${name}"`);
    },
    async press(key) {
      await driver.press(key);
    },
    async click(role, name, options) {
      await driver.click(await find(role, name, options));
    },
    /** Checks a radio or checkbox (a click, only when it is not checked yet). */
    async check(role, name, options) {
      const element = await find(role, name, options);
      if (!(await driver.run((input) => input.checked, element))) await driver.click(element);
    },
    async uncheck(role, name, options) {
      const element = await find(role, name, options);
      if (await driver.run((input) => input.checked, element)) await driver.click(element);
    },
    async fill(name, text) {
      await driver.type(await find(['textbox', 'spinbutton', 'searchbox', 'combobox'], name), text);
    },
    /** Waits until the page shows this text (or pattern). */
    async see(text, ms = patience) {
      const wanted = matcher(text);
      await waitFor(
        `the text "${text}"`,
        () =>
          driver.run((name) => {
            const shown = document.body.innerText.replace(/\s+/g, ' ');
            return name.source !== undefined
              ? new RegExp(name.source, name.flags).test(shown)
              : shown.includes(name.text);
          }, wanted),
        ms,
      );
    },
    /** Waits for the level-1 heading to read this. */
    async heading(text, ms = patience) {
      const wanted = matcher(text);
      await waitFor(
        `the heading "${text}"`,
        async () => {
          const shown = await driver.run(() =>
            [...document.querySelectorAll('h1')]
              .filter((h1) => h1.getClientRects().length > 0)
              .map((h1) => h1.textContent.replace(/\s+/g, ' ').trim()),
          );
          return shown.some((line) =>
            wanted.source !== undefined
              ? new RegExp(wanted.source, wanted.flags).test(line)
              : line === wanted.text,
          );
        },
        ms,
      );
    },
    /** axe's WCAG 2.2 AA violations on the page as it is: "rule: targets" lines. */
    async axe() {
      await ensureAxe();
      return driver.run(async () => {
        const results = await window.axe.run(document, {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
          },
        });
        return results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      });
    },
  };
}
