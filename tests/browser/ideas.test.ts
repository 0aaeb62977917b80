/**
 * Ideas and their answers as a resident meets them, in Chromium against the production build of
 * content/ (served by tests/serve-dist.ts): /ideeen/ lists the newest answers and leads to each
 * answer's page; search finds answered ideas and filters on them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';

const server = { url: inject('distUrl') };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('/ideeen/', () => {
  test('lists the answered public ideas, newest answer first, each leading to its answer', async () => {
    await page.goto(`${server.url}/ideeen/`);
    const answers = page.getByRole('region', { name: 'De nieuwste antwoorden' });
    const items = answers.getByRole('listitem');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    const days = await items
      .locator('time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(days).toEqual([...days].sort().reverse());
    expect(await items.first().locator('.utrecht-status-badge').textContent()).toMatch(
      /^Stand van zaken: (In behandeling|Wordt uitgevoerd|Uitgevoerd|Niet uitgevoerd)$/,
    );

    const first = items.first().getByRole('link');
    const heading = (await first.textContent())!.trim();
    await Promise.all([page.waitForURL(/\/ideeen\/\d{4}-\d{3,}\/$/), first.click()]);
    expect((await page.locator('h1').textContent())!.trim()).toBe(heading);
    await page.getByRole('heading', { name: 'Het idee' }).waitFor();
    await page.getByRole('heading', { name: 'Ons antwoord' }).waitFor();
  });

  test('counts every idea, also those not shown', async () => {
    await page.goto(`${server.url}/ideeen/`);
    const counts = page.getByRole('region', { name: 'Wat we met uw ideeën doen' });
    const total = Number(await counts.locator('dt:text-is("Binnengekomen in totaal") + dd').textContent());
    const shown = await page
      .getByRole('region', { name: 'De nieuwste antwoorden' })
      .getByRole('listitem')
      .count();
    expect(total).toBeGreaterThan(shown);
  });
});

describe('search', () => {
  test('finds an answered idea by its words and answer, and the filter "Ideeën" keeps only ideas', async () => {
    await page.goto(`${server.url}/zoeken/?q=boom&soort=Ideeën`);
    await page.waitForFunction(
      () => document.getElementById('search-status')?.textContent?.includes('“boom”'),
      null,
      {
        timeout: 10_000,
      },
    );
    const hrefs = await page
      .locator('#search-results > li h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/ideeen/2016-004/');
    expect(hrefs.every((href) => href?.startsWith('/ideeen/'))).toBe(true);
    expect(await page.locator('#search-type option').allInnerTexts()).toContain('Ideeën');
  });
});
