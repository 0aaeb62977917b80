/**
 * Works in Chromium: the page of one job of works printed by Chromium's own PDF printing is one A4
 * page for the letterboxes, with the programme's name, the date, the contact and the QR code to the
 * page (an SVG made at build time, shown only on paper); and axe (WCAG 2.2 A and AA) on the works
 * pages at the widths of the page sweep. Runs against the built site (dist/, or WESTWINT_SITE_DIR).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { axeViolations } from '../helpers/axe';

const server = { url: inject('distUrl') };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The address of the works with the longest text on /werkzaamheden/ and its archive, read from the built pages. */
async function worksPages(page: Page): Promise<string[]> {
  await page.goto(`${server.url}/werkzaamheden/`);
  const years = await page
    .locator('a[href^="/werkzaamheden/archief/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const found = new Set<string>();
  for (const list of ['/werkzaamheden/', ...years]) {
    await page.goto(`${server.url}${list}`);
    for (const href of await page
      .locator('.utrecht-card a[href^="/werkzaamheden/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
      found.add(href);
  }
  return [...found];
}

/** A PDF's pages, their size in points, and its text. */
async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push({ width, height, text });
  }
  return pages;
}

test('every works page prints as one A4 with the programme, the date, a phone number and the QR code to the page', async () => {
  const page = await browser.newPage();
  const addresses = await worksPages(page);
  expect(addresses.length).toBeGreaterThanOrEqual(4);
  // The longest text first: if any page overflows, that one does.
  const lengths: Array<{ address: string; words: number }> = [];
  for (const address of addresses) {
    await page.goto(`${server.url}${address}`);
    lengths.push({ address, words: (await page.locator('article').innerText()).split(/\s+/).length });
  }
  lengths.sort((a, b) => b.words - a.words);
  for (const { address } of lengths) {
    await page.goto(`${server.url}${address}`);
    await page.emulateMedia({ media: 'print' });
    const qr = page.locator('svg.westwint-letter__qr');
    await expect.poll(() => qr.isVisible(), { message: `${address}: QR code on paper` }).toBe(true);
    const box = await qr.boundingBox();
    // At least 2 cm square on paper (96 px an inch): a phone reads it from arm's length.
    expect(box!.width, address).toBeGreaterThan(75);
    expect(await page.locator('.utrecht-page-header').isVisible(), address).toBe(false);
    expect(await page.locator('.westwint-letter__screen').isVisible(), address).toBe(false);

    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
    expect(pdf.length, `${address}: pages`).toBe(1);
    // A4: 595 × 842 points.
    expect(Math.round(pdf[0]!.width), address).toBe(595);
    expect(Math.round(pdf[0]!.height), address).toBe(842);
    const text = pdf[0]!.text.replace(/\s+/g, ' ');
    expect(text, address).toContain('West wint aan ruimte');
    expect(text, address).toMatch(/Kerkrade, \d{1,2} [a-z]+ \d{4}/);
    expect(text, address).toMatch(/Bel .*\d/);
    expect(text, address).toContain(`/werkzaamheden/`);
    await page.emulateMedia({ media: 'screen' });
    // On screen the QR code and the letter's head are not shown; the explanation is.
    expect(await qr.isVisible(), address).toBe(false);
    expect(await page.locator('.westwint-letter__screen').isVisible(), address).toBe(true);
  }
  await page.close();
});

test('the works pages meet WCAG 2.2 AA at 1280 and 320 px, on screen and on paper', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const addresses = await worksPages(page);
  await page.goto(`${server.url}/werkzaamheden/`);
  const streets = await page
    .locator('a[href^="/werkzaamheden/straat/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(streets.length).toBeGreaterThan(0);
  const years = await page
    .locator('a[href^="/werkzaamheden/archief/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  for (const address of ['/werkzaamheden/', addresses[0]!, streets[0]!, years[0]!]) {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${address}`);
      const violations = await axeViolations(page);
      expect(
        violations.map(
          (v) => `${address} at ${width}px: [${v.id}] ${v.nodes.map((n) => n.target).join(' ')}`,
        ),
      ).toEqual([]);
      // Nothing scrolls sideways on a phone.
      if (width === 320)
        expect(await page.evaluate(() => document.documentElement.scrollWidth), address).toBeLessThanOrEqual(
          320,
        );
    }
  }
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${server.url}${addresses[0]}`);
  expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);
  await page.close();
});
