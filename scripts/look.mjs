#!/usr/bin/env node
/**
 * `npm run look`: how the site looks, to compare two versions side by side (a restyle, say).
 * Not a test: it checks nothing, a person looks.
 *
 *   npm run look -- take <folder>                     full-page pictures of the production build
 *   npm run look -- compare <before> <after> <folder> each picture of <before> beside the one of <after>
 *
 * `take` builds nothing: run `npm run build` first. It photographs the key pages a reader meets
 * (home, a project, a news item, an edition, the agenda, the idea form sent empty so it shows its
 * errors, search with results) at 320 and 1280 px, in the machine's Chromium, from the build
 * served by Netlify's local emulation. `compare` puts each pair on one JPEG, "voor" left and "na"
 * right, at half size for the desktop width.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/chromium.ts';
import { builtSiteDir, serveWithNetlify } from './lib/local-netlify.ts';
import { keyPages } from './lib/sitemap.ts';

const WIDTHS = [320, 1280];
/** The key pages shown, by their name in keyPages(), and what to do on each before the picture. */
const SHOWN = {
  home: null,
  project: null,
  'news-item': null,
  edition: null,
  agenda: null,
  search: (page) => page.locator('.westwint-search__result').first().waitFor(),
  'idea-form': async (page) => {
    await page.getByRole('button', { name: 'Verstuur mijn idee' }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.locator('.error-summary, .westwint-error-summary').first().waitFor();
  },
};

async function take(folder) {
  const siteDir = builtSiteDir();
  const pages = keyPages(siteDir).filter((p) => p.name in SHOWN);
  mkdirSync(folder, { recursive: true });
  const server = await serveWithNetlify(siteDir, { functions: false });
  const browser = await launchBrowser();
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 640 : 900 },
        locale: 'nl-NL',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
        if (response?.status() !== 200) throw new Error(`${path} answered HTTP ${response?.status()}`);
        await SHOWN[name]?.(page);
        await page.screenshot({ path: join(folder, `${name}-${width}.png`), fullPage: true });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${pages.length * WIDTHS.length} pictures in ${folder}`);
}

const dataUrl = (file) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

async function compare(before, after, folder) {
  mkdirSync(folder, { recursive: true });
  const names = readdirSync(before).filter((file) => file.endsWith('.png'));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    for (const file of names) {
      const width = Number(/-(\d+)\.png$/.exec(file)?.[1] ?? 1280);
      const shown = width > 600 ? width / 2 : width;
      const column = (label, src) =>
        `<figure><figcaption>${label}</figcaption><img src="${src}" width="${shown}"></figure>`;
      await page.setContent(
        `<!doctype html><html lang="nl"><style>
          body { margin: 0; padding: 16px; display: flex; gap: 24px; align-items: start; background: #ddd; font: 700 20px system-ui; }
          figure { margin: 0; } figcaption { margin-bottom: 8px; } img { display: block; height: auto; background: #fff; }
        </style>${column('voor', dataUrl(join(before, file)))}${column('na', dataUrl(join(after, file)))}</html>`,
      );
      await page.waitForLoadState('load');
      const size = await page.evaluate(() => ({
        width: document.body.scrollWidth,
        height: document.body.scrollHeight,
      }));
      await page.setViewportSize({ width: size.width, height: 900 });
      await page.screenshot({
        path: join(folder, file.replace(/\.png$/, '.jpg')),
        fullPage: true,
        type: 'jpeg',
        quality: 70,
      });
    }
  } finally {
    await browser.close();
  }
  console.log(`${names.length} comparisons in ${folder}`);
}

const [command, ...folders] = process.argv.slice(2);
if (command === 'take' && folders.length === 1) await take(resolve(folders[0]));
else if (command === 'compare' && folders.length === 3) await compare(...folders.map((f) => resolve(f)));
else {
  console.error('Use: npm run look -- take <folder>, or npm run look -- compare <before> <after> <folder>');
  process.exit(2);
}
