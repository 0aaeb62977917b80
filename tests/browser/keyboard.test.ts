/**
 * Keyboard use, on every kind of page: the skip link is the first tab stop and moves focus
 * to the main content; the main navigation is reachable and works with the keyboard; every
 * tab stop shows a visible focus indicator; forms can be reached and sent by keyboard.
 * And no sideways scrolling at 200 % zoom (a 1280 px window at 200 % is 640 CSS px wide).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { horizontalOverflow, overflowingElements } from '../helpers/page-checks';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { pagesToCheck } from '../helpers/sitemap';
import { PAGE_KINDS } from '../../scripts/lib/sitemap.ts';

const siteDir = builtSiteDir();
const allPaths = pagesToCheck(siteDir);

/** One page of each kind, picked from the sitemap so the test follows the content. */
const pageTypes = PAGE_KINDS.map(([kind, pattern]) => ({
  kind,
  pattern,
  path: allPaths.find((p) => pattern.test(p)),
}));

const server = { url: inject('distUrl') };
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** A 1280 px window at 200 % zoom: 640 CSS px wide. */
let zoomed: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await describeFocusIn(context);
  page = await context.newPage();
  zoomed = await (
    await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 })
  ).newPage();
});

afterAll(async () => {
  await browser?.close();
});

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  selector: string;
  outline: string;
  boxShadow: string;
  visible: boolean;
  /** data-kbd of the element, set by a test to find it again. */
  mark: string | null;
}

declare global {
  interface Window {
    /** What a focused element is and whether its focus style can be seen (an init script of the context). */
    __describeFocus(el: HTMLElement): Focused;
    __tabStops?: Focused[];
  }
}

/** Defines window.__describeFocus in every page of the context. */
async function describeFocusIn(target: BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    window.__describeFocus = (el) => {
      const style = getComputedStyle(el);
      const outlineWidth = Number.parseFloat(style.outlineWidth) || 0;
      const hasOutline = style.outlineStyle !== 'none' && outlineWidth >= 2;
      const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const box = el.getBoundingClientRect();
      const path: string[] = [];
      for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
        path.unshift(
          node.tagName.toLowerCase() +
            (node.id ? `#${node.id}` : node.classList[0] ? `.${node.classList[0]}` : ''),
        );
      }
      return {
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40),
        href: el.getAttribute('href'),
        selector: path.join(' > '),
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
        visible: (hasOutline || hasShadow) && box.width > 0 && box.height > 0,
        mark: el.getAttribute('data-kbd'),
      };
    };
  });
}

/** The focused element, and whether its focus style can be seen. */
function focused(target: Page): Promise<Focused | null> {
  return target.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return !el || el === document.body || el === document.documentElement ? null : window.__describeFocus(el);
  });
}

/**
 * Presses Tab until focus leaves the page or comes back round; returns every stop. The page
 * records each focused element itself (a focusin listener), so a stop costs one key press.
 */
async function tabStops(target: Page, limit = 250): Promise<Focused[]> {
  await target.evaluate(() => {
    window.__tabStops = [];
    document.addEventListener('focusin', (event) =>
      window.__tabStops!.push(window.__describeFocus(event.target as HTMLElement)),
    );
  });
  // At most one stop per focusable element, plus one to come back round.
  const focusable = await target.evaluate(
    () => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length,
  );
  for (let i = 0; i < Math.min(limit, focusable + 2); i++) await target.keyboard.press('Tab');
  const recorded = await target.evaluate(() => window.__tabStops ?? []);
  const first = recorded[0];
  const round = recorded.findIndex(
    (stop, i) => i > 0 && first && stop.selector === first.selector && stop.text === first.text,
  );
  return round === -1 ? recorded : recorded.slice(0, round);
}

async function open(path: string): Promise<void> {
  const response = await page.goto(server.url + path, { waitUntil: 'load' });
  expect(response?.status(), `${path} answered HTTP ${response?.status()} (the page is missing)`).toBe(200);
}

describe('every kind of page exists in the build', () => {
  for (const { kind, pattern, path } of pageTypes) {
    test(`${kind} (${pattern})`, () => {
      expect(path, `no page of kind "${kind}" in the sitemap or the extra pages`).toBeDefined();
    });
  }
});

describe.each(pageTypes.filter((t) => t.path))('$kind: $path', ({ path }) => {
  test('the skip link is the first tab stop, is visible when focused, and moves focus to the main content', async () => {
    await open(path!);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.selector, `${path}: [skip-link] the first tab stop must be the skip link`).toMatch(
      /a\.nl-skip-link$/,
    );
    expect(first?.href, `${path}: [skip-link] must point at the main content`).toBe('#inhoud');
    const box = await page.locator('.nl-skip-link').boundingBox();
    expect(box && box.y >= 0 && box.x >= 0, `${path}: [skip-link] must be on screen when focused`).toBe(true);
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => ({
      id: document.activeElement?.id,
      tag: document.activeElement?.tagName,
    }));
    expect(target, `${path}: [skip-link] Enter must move focus to <main id="inhoud">`).toEqual({
      id: 'inhoud',
      tag: 'MAIN',
    });
    // The next Tab continues inside the main content, not back at the header.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => Boolean(document.activeElement?.closest('main, footer')));
    expect(next, `${path}: [skip-link] after skipping, Tab must go on in the main content`).toBe(true);
  });

  test('every tab stop shows a visible focus indicator, and the main navigation is in the tab order', async () => {
    await open(path!);
    const stops = await tabStops(page);
    const invisible = stops
      .filter((stop) => !stop.visible)
      .map(
        (stop) =>
          `${path}: [focus-visible] no visible focus indicator on ${stop.selector} "${stop.text}" (outline: ${stop.outline}; box-shadow: ${stop.boxShadow})`,
      );
    expect(invisible, `\n${invisible.join('\n')}\n`).toEqual([]);

    const navLinks = await page
      .locator('nav.utrecht-nav-bar a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(navLinks.length, `${path}: the main navigation has links`).toBeGreaterThan(2);
    const reached = stops
      .filter((stop) => stop.selector.includes('nav.utrecht-nav-bar'))
      .map((stop) => stop.href);
    expect(
      reached,
      `${path}: [keyboard-nav] every main navigation link must be reachable with Tab, in order`,
    ).toEqual(navLinks);
  });

  test('no sideways scrolling at 200 % zoom (640 CSS px wide)', async () => {
    await zoomed.goto(server.url + path!, { waitUntil: 'load' });
    const overflow = await horizontalOverflow(zoomed);
    const culprits = overflow > 0 ? await overflowingElements(zoomed) : [];
    expect(
      overflow,
      `${path}: [horizontal-scroll] at 200 % zoom the page is ${overflow}px too wide; sticking out: ${culprits.join(', ')}`,
    ).toBe(0);
  });
});

describe('operating the navigation and forms by keyboard', () => {
  test('a main navigation link opens its page with Enter, and that page marks it as current', async () => {
    await open('/');
    const hrefs = await page
      .locator('nav.utrecht-nav-bar a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const wanted = hrefs[1]!;
    let stop: Focused | null = null;
    for (let i = 0; i < 60 && stop?.href !== wanted; i++) {
      await page.keyboard.press('Tab');
      stop = await focused(page);
    }
    expect(stop?.href, `[keyboard-nav] Tab never reached the navigation link ${wanted}`).toBe(wanted);
    await Promise.all([page.waitForURL(`**${wanted}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(wanted);
    await expect(
      page.locator(`nav.utrecht-nav-bar a[href="${wanted}"]`).getAttribute('aria-current'),
    ).resolves.toBe('page');
  });

  test('the search field in the header can be reached, filled and sent by keyboard', async () => {
    await open('/nieuws/');
    let stop: Focused | null = null;
    for (let i = 0; i < 20 && stop?.tag !== 'input'; i++) {
      await page.keyboard.press('Tab');
      stop = await focused(page);
    }
    expect(stop?.selector, '[keyboard-form] Tab must reach the header search field').toMatch(
      /form\.westwint-site-header__search/,
    );
    await page.keyboard.type('park');
    await Promise.all([page.waitForURL('**/zoeken/?q=park'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/zoeken/');
  });

  for (const path of ['/ideeen/', '/zoeken/']) {
    test(`${path}: every field and button of the page's forms is a tab stop with a visible focus indicator`, async () => {
      await open(path);
      // Mark every usable control, then walk the page with Tab and see which marks get focus.
      const controls = await page
        .locator('main form :is(input:not([type="hidden"]), select, textarea, button)')
        .evaluateAll((els) =>
          els
            // Left out, on purpose: hidden and disabled controls, and those taken out of the tab
            // order with tabindex="-1" inside aria-hidden (the anti-spam field people never see).
            .filter(
              (el) =>
                !el.closest('[hidden]') &&
                !(el as HTMLInputElement).disabled &&
                !(el.getAttribute('tabindex') === '-1' && el.closest('[aria-hidden="true"]')),
            )
            .map((el, i) => {
              el.setAttribute('data-kbd', String(i));
              return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[name=${el.getAttribute('name') ?? ''}] "${(el.textContent ?? '').trim().slice(0, 30)}"`;
            }),
        );
      expect(controls.length, `${path}: the page has a form in its main content`).toBeGreaterThan(0);
      const stops = await tabStops(page);
      const reached = new Set(stops.map((stop) => stop.mark).filter((mark) => mark !== null));
      const missing = controls.filter((_, i) => !reached.has(String(i)));
      const invisible = stops
        .filter((stop) => stop.mark !== null && !stop.visible)
        .map((stop) => stop.selector);
      expect(
        invisible,
        `${path}: [focus-visible] form controls without a visible focus indicator: ${invisible.join(', ')}`,
      ).toEqual([]);
      expect(missing, `${path}: [keyboard-form] not reachable with Tab: ${missing.join(', ')}`).toEqual([]);
    });
  }
});
