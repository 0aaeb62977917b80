/**
 * The idea form and a project page in forced colours (Windows' high-contrast themes), in Chromium's
 * emulation: the system then replaces the page's colours and drops its backgrounds and shadows, so
 * only borders and outlines are left to show where a control is and where focus is.
 * - a link, a button and a text field show their focus: an outline at least 2 px wide, or a border
 *   that changes;
 * - every button, text box, text area, choice list and status badge has a border on all four sides
 *   (wide, with a style, not transparent); a check box or radio button is the system's own (native
 *   appearance), which the system draws with its own border, or else has a border of its own;
 * - a choice list shows the system's own arrow (our chevron is a background image, which forced
 *   colours could leave in a colour that no longer contrasts).
 * - the menu's mark of the current page stays (drawn as a shadow, which forced colours drop).
 * The last test breaks each of these on the page and proves the checks catch it (a transparent
 * border only with forced-color-adjust: none, since the system would paint it otherwise).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { keyPages } from '../../scripts/lib/sitemap.ts';

const server = { url: inject('distUrl') };
const IDEA_FORM = '/ideeen/';
const PROJECT = keyPages(builtSiteDir()).find((page) => page.name === 'project')!.path;

/** What a control must show in forced colours, by the kind of control. */
const BORDERED = ['.nl-button', '.utrecht-textbox', '.utrecht-textarea', '.utrecht-select'];
const NATIVE_CHECKS = ['input[type="checkbox"]', 'input[type="radio"]'];

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await context?.close();
});

async function open(path: string): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  const response = await page.goto(server.url + path);
  expect(response?.status(), path).toBe(200);
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
}

interface Side {
  width: number;
  style: string;
  color: string;
}

/** What forced colours leave of one element: its borders, outline, appearance and background image. */
interface Look {
  name: string;
  sides: Side[];
  outlineStyle: string;
  outlineWidth: number;
  appearance: string;
  backgroundImage: string;
}

/** The look of every element matching the selector that a reader can see (not the honeypot). */
function looksOf(selector: string): Promise<Look[]> {
  return page.evaluate((selector) => {
    const lookOf = (element: Element) => {
      const style = getComputedStyle(element);
      return {
        name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`,
        sides: ['top', 'right', 'bottom', 'left'].map((side) => ({
          width: parseFloat(style.getPropertyValue(`border-${side}-width`)),
          style: style.getPropertyValue(`border-${side}-style`),
          color: style.getPropertyValue(`border-${side}-color`),
        })),
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        appearance: style.appearance,
        backgroundImage: style.backgroundImage,
      };
    };
    return [...document.querySelectorAll(selector)]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return element.checkVisibility() && box.width > 4 && box.height > 4;
      })
      .map(lookOf);
  }, selector);
}

const transparent = (color: string) =>
  color === 'transparent' || /^rgba\(.*,\s*0(?:\.0+)?\)$/.test(color) || /\/\s*0(?:\.0+)?\)$/.test(color);

/** Why a side of a border cannot be seen, or null. */
function invisibleSide({ width, style, color }: Side): string | null {
  if (!(width > 0) || style === 'none' || style === 'hidden') return `${width}px ${style}`;
  if (transparent(color)) return `transparent (${color})`;
  return null;
}

/** Each element whose border is missing on some side, with why. */
function borderProblems(looks: readonly Look[]): string[] {
  return looks.flatMap((look) => {
    const missing = look.sides.map(invisibleSide).filter((why) => why !== null);
    return missing.length > 0 ? [`${look.name}: no visible border (${missing.join(', ')})`] : [];
  });
}

/** A check box or radio button the system draws itself, or one with a border of its own. */
function checkProblems(looks: readonly Look[]): string[] {
  return looks.flatMap((look) =>
    look.appearance !== 'none' || borderProblems([look]).length === 0
      ? []
      : [`${look.name}: drawn by the page (appearance: none) and without a border`],
  );
}

/** Every control on the page that forced colours would leave without an edge. */
async function controlProblems(): Promise<string[]> {
  const bordered = await Promise.all(BORDERED.map(looksOf));
  const checks = await Promise.all(NATIVE_CHECKS.map(looksOf));
  return [...bordered.flatMap(borderProblems), ...checks.flatMap(checkProblems)];
}

/**
 * Puts focus on the first visible element that matches, as the keyboard would (the page has had
 * no pointer, so :focus-visible applies), and says whether its focus can be seen.
 */
async function focusProblem(selector: string): Promise<string | null> {
  const target = page.locator(selector).filter({ visible: true }).first();
  const [before] = await looksOf(`:is(${selector}):not(:focus)`);
  await target.focus();
  expect(await target.evaluate((element) => element.matches(':focus-visible')), selector).toBe(true);
  const [after] = await looksOf(':focus');
  if (!after) return `${selector}: nothing has focus`;
  if (after.outlineStyle !== 'none' && after.outlineWidth >= 2) return null;
  const borderChanged =
    before !== undefined &&
    after.sides.some(
      (side, i) =>
        invisibleSide(side) === null &&
        (side.width > before.sides[i]!.width || side.color !== before.sides[i]!.color),
    );
  return borderChanged
    ? null
    : `${after.name}: focus not visible (outline ${after.outlineWidth}px ${after.outlineStyle}, border unchanged)`;
}

const LINK = 'main .nl-link';
const BUTTON = 'main .nl-button';
const TEXT_FIELD = 'main :is(.utrecht-textbox, .utrecht-textarea)';

describe('in forced colours', () => {
  for (const path of [IDEA_FORM, PROJECT]) {
    test(`${path}: a link, a button and a text field show their focus`, async () => {
      await open(path);
      const problems = [];
      for (const selector of [LINK, BUTTON, TEXT_FIELD]) problems.push(await focusProblem(selector));
      expect(problems.filter((problem) => problem !== null)).toEqual([]);
    });

    test(`${path}: every control keeps a visible edge`, async () => {
      await open(path);
      expect(await controlProblems()).toEqual([]);
    });
  }

  test(`${IDEA_FORM}: the form has every kind of control, and the choice lists show the system's arrow`, async () => {
    await open(IDEA_FORM);
    for (const selector of [...BORDERED, 'input[type="checkbox"]'])
      expect((await looksOf(`main ${selector}`)).length, selector).toBeGreaterThan(0);
    const selects = await looksOf('.utrecht-select');
    expect(selects.map(({ appearance, backgroundImage }) => ({ appearance, backgroundImage }))).toEqual(
      selects.map(() => ({ appearance: 'auto', backgroundImage: 'none' })),
    );
  });

  test(`${IDEA_FORM}: the menu still marks the current page (its mark is a shadow, which forced colours drop)`, async () => {
    await open(IDEA_FORM);
    const current = page.locator('.utrecht-nav-list__link[aria-current="page"]');
    await expect.poll(() => current.count()).toBe(1);
    const mark = await current.evaluate((link) => {
      const style = getComputedStyle(link);
      return { width: parseFloat(style.borderBlockEndWidth), style: style.borderBlockEndStyle };
    });
    expect(mark.style).toBe('solid');
    expect(mark.width).toBeGreaterThanOrEqual(3);
  });

  test(`${PROJECT}: the status badges keep their border`, async () => {
    await open(PROJECT);
    const badges = await looksOf('.utrecht-status-badge');
    expect(badges.length).toBeGreaterThan(0);
    expect(borderProblems(badges)).toEqual([]);
  });

  test('the checks catch a transparent border, a text area without one, a check box the page draws, and a focus without a ring', async () => {
    await open(IDEA_FORM);
    expect(await controlProblems()).toEqual([]);
    // Through the CSSOM, which the page's Content-Security-Policy allows, with !important to
    // outweigh the button's own forced-colours rule; forced-color-adjust: none keeps a
    // transparent colour transparent (the system would otherwise paint it).
    await page.evaluate(() => {
      const set = (selector: string, properties: Record<string, string>) => {
        const element = document.querySelector<HTMLElement>(selector)!;
        for (const [name, value] of Object.entries(properties))
          element.style.setProperty(name, value, 'important');
      };
      set('[data-submit]', { 'forced-color-adjust': 'none', 'border-color': 'transparent' });
      set('.utrecht-textarea', { 'border-style': 'none' });
      set('input[type="checkbox"]', { appearance: 'none' });
      set('main .nl-link', { outline: 'none' });
    });
    const problems = await controlProblems();
    expect(problems.find((problem) => problem.startsWith('button'))).toMatch(
      /no visible border \(transparent/,
    );
    expect(problems.find((problem) => problem.startsWith('textarea'))).toMatch(
      /no visible border \(0px none/,
    );
    expect(problems.find((problem) => problem.startsWith('input'))).toMatch(/drawn by the page/);
    expect(problems).toHaveLength(3);
    expect(await focusProblem(LINK)).toMatch(/focus not visible/);
  });
});
