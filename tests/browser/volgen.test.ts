/**
 * The copy buttons on /volgen/ in Chromium: shown only with JavaScript, they put the
 * feed address on the clipboard and say so in a polite live region; without
 * JavaScript the plain link remains.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { cspViolations, watchCsp } from '../helpers/page-checks';

const server = { url: inject('distUrl') };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the copy button copies the feed address and announces "Gekopieerd"', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await watchCsp(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/volgen/`);

  const first = page.locator('.westwint-feed-address').first();
  const address = await first.locator('a').getAttribute('href');
  expect(address).toMatch(/^https?:\/\/.+\/rss\.xml$/);
  // The accessible name starts with the visible word and says which address it copies.
  const button = first.getByRole('button', {
    name: 'Kopieer het adres van: Alles: nieuws, de nieuwsbrief, de agenda en de antwoorden op ideeën',
    exact: true,
  });
  await expect.poll(() => button.isVisible()).toBe(true);

  await button.click();
  const status = first.getByRole('status');
  await expect.poll(() => status.textContent()).toBe('Gekopieerd');
  expect(await status.getAttribute('role')).toBe('status');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  expect(await cspViolations(page)).toEqual([]);
  await context.close();
});

test('without JavaScript the address is a plain link and no button shows', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/volgen/`);
  const first = page.locator('.westwint-feed-address').first();
  expect(await first.locator('a').isVisible()).toBe(true);
  expect(await first.locator('button').isVisible()).toBe(false);
  const href = await first.locator('a').getAttribute('href');
  expect(await first.locator('a').textContent()).toBe(href);
  await context.close();
});
