/**
 * Drives the editor at /admin/ in Chromium with Sveltia's own test back end: the repository is
 * the browser's origin private file system (OPFS), seeded here with this repository's content/
 * and PDFs. Only the back end differs from production: the served config.yml gets
 * `backend: { name: test-repo }` instead of GitHub; everything else is the built site under its
 * production headers. Used by the editor's browser tests and the screenshots script.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from './astro-build.ts';

/** Sveltia's test back end keeps the repository in this OPFS folder. */
const TEST_REPOSITORY = 'sveltia-cms-test';
/** What the editor reads and writes: the content, and the PDFs of editions. */
const SEEDED_FOLDERS = ['content', 'public/nieuwsbrief/pdf'];

export type RepositoryFiles = Map<string, Buffer>;

/** This repository's files as the editor's repository starts: path → bytes. */
export function seedFiles(): RepositoryFiles {
  const files: RepositoryFiles = new Map();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(ROOT, full).split(sep).join('/'), readFileSync(full));
    }
  };
  for (const folder of SEEDED_FOLDERS) walk(join(ROOT, folder));
  return files;
}

/** Serves /admin/config.yml with the test back end in place of GitHub; returns the production back end it replaced. */
export async function useTestBackend(context: BrowserContext): Promise<{ productionBackend: () => unknown }> {
  let production: unknown;
  await context.route('**/admin/config.yml*', async (route) => {
    const response = await route.fetch();
    const config = yaml.load(await response.text()) as { backend: unknown };
    production = config.backend;
    await route.fulfill({ response, body: yaml.dump({ ...config, backend: { name: 'test-repo' } }) });
  });
  return { productionBackend: () => production };
}

/** Writes the files into the editor's repository (the page must be on the site's origin). */
export async function seedRepository(page: Page, files: RepositoryFiles): Promise<void> {
  const entries = [...files].map(([path, bytes]) => ({ path, base64: bytes.toString('base64') }));
  await page.evaluate(
    async ({ folder, entries }) => {
      const root = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle(folder, { create: true });
      for (const { path, base64 } of entries) {
        const parts = path.split('/');
        const name = parts.pop()!;
        let dir = root;
        for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { folder: TEST_REPOSITORY, entries },
  );
}

/** Every file in the editor's repository now: path → bytes. */
export async function readRepository(page: Page): Promise<RepositoryFiles> {
  const entries = await page.evaluate(async (folder) => {
    const found: Array<{ path: string; base64: string }> = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const handle of (dir as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) {
        if (handle.kind === 'directory')
          await walk(handle as FileSystemDirectoryHandle, `${prefix}${handle.name}/`);
        else {
          const bytes = new Uint8Array(
            await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
          );
          let binary = '';
          for (const byte of bytes) binary += String.fromCharCode(byte);
          found.push({ path: `${prefix}${handle.name}`, base64: btoa(binary) });
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder), '');
    return found;
  }, TEST_REPOSITORY);
  return new Map(entries.map(({ path, base64 }) => [path, Buffer.from(base64, 'base64')]));
}

/** Files that are new or different now, compared with the seed. */
export function changedFiles(before: RepositoryFiles, after: RepositoryFiles): RepositoryFiles {
  return new Map([...after].filter(([path, bytes]) => !before.get(path)?.equals(bytes)));
}

/** A Markdown file's front matter (parsed) and its text after the front matter, byte for byte. */
export function splitMarkdown(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`No front matter in:\n${text.slice(0, 200)}`);
  return { data: yaml.load(match[1]!) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** A request that leaves the site's origin (blob: and data: URLs stay in the page). */
export const leavesOrigin = (url: string, origin: string) =>
  !url.startsWith(origin) && !/^(blob|data):/.test(url);

export interface EditorSession {
  context: BrowserContext;
  page: Page;
  /** The seeded files, as the editor's repository started. */
  seed: RepositoryFiles;
  /** The back end the served configuration named before the test back end replaced it. */
  productionBackend(): unknown;
  /** Requests that left the site's origin so far. */
  offOrigin: string[];
  close(): Promise<void>;
}

/**
 * A fresh editor in its own browser context (its own OPFS), opened at /admin/ on the test back
 * end with this repository's files, showing the collections. `prepare` runs on the context first
 * (init scripts such as axe or the policy watcher).
 */
export async function openEditor(
  browser: Browser,
  siteUrl: string,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<EditorSession> {
  const seed = seedFiles();
  const context = await browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  await prepare?.(context);
  const backend = await useTestBackend(context);
  const offOrigin: string[] = [];
  context.on('request', (request) => {
    if (leavesOrigin(request.url(), siteUrl)) offOrigin.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(`${siteUrl}/admin/`);
  await seedRepository(page, seed);
  await page.getByRole('button', { name: 'Werken met een testrepository' }).click();
  await page.getByText('Sloop rond de Gladiolenstraat begonnen').waitFor();
  return {
    context,
    page,
    seed,
    productionBackend: backend.productionBackend,
    offOrigin,
    close: () => context.close(),
  };
}

/**
 * Opens an editor screen by its address. In an open editor it changes the address's hash, as
 * Sveltia's own links do (a reload would load and parse the whole editor and repository again);
 * elsewhere it loads the editor there, as a bookmark would.
 */
export async function openScreen(page: Page, siteUrl: string, hash: string): Promise<void> {
  if (page.url().startsWith(`${siteUrl}/admin/`)) {
    // The fields of the screen being left are marked, so a field of the new screen is waited for,
    // not one of the old form that is still there for a moment.
    await page.evaluate((target) => {
      for (const field of document.querySelectorAll('input, textarea'))
        field.setAttribute('data-westwint-left', '');
      location.hash = target;
    }, hash);
  } else {
    await page.goto(`${siteUrl}/admin/#${hash}`);
  }
  const first = page
    .getByRole('textbox', { name: 'Titel' })
    .or(page.getByRole('textbox', { name: 'Naam van de site' }));
  await first.and(page.locator(':not([data-westwint-left])')).first().waitFor();
}

/** Saves the entry; saved, the editor closes the form and goes back to the collection's list. */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  // A refused save shows a dialog instead: say what it says.
  const refused = page.getByRole('alertdialog');
  const outcome = await Promise.race([
    page.waitForURL((url) => /^#\/collections\/[^/]+$/.test(url.hash)).then(() => null),
    // Never settles when no dialog comes: then the navigation decides (or times out).
    refused.waitFor().then(
      () => refused.innerText(),
      () => new Promise<never>(() => {}),
    ),
  ]);
  if (outcome !== null) throw new Error(`The editor did not save:\n${outcome}`);
  await page.getByRole('button', { name: 'Opslaan', exact: true }).waitFor({ state: 'detached' });
}

/**
 * A new news item filled in as an editor would, with an image: the form the screenshots show
 * and the browser test saves.
 */
export async function fillNewsItem(page: Page, siteUrl: string): Promise<void> {
  await openScreen(page, siteUrl, '/collections/nieuws/new');
  await page.getByRole('textbox', { name: 'Titel' }).fill("'t Westhoes viert feest");
  await page.getByRole('textbox', { name: 'Datum', exact: true }).fill('2019-05-04');
  await page
    .getByRole('textbox', { name: 'Samenvatting' })
    .fill('Op 4 mei viert de buurt feest in ’t Westhoes. Iedereen is welkom.');
  await page.getByRole('combobox', { name: 'Projecten' }).click();
  await page.getByRole('option', { name: 'Park West' }).click();
  await page.getByRole('checkbox', { name: 'Heilust' }).check();
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles(join(ROOT, 'content/projecten/afbeeldingen/park-west.jpg'));
  await page
    .getByRole('textbox', { name: 'Beschrijving van de afbeelding' })
    .fill('Tekening van Park West met bomen en een speeltoestel.');
  await page
    .getByRole('textbox', { name: 'Tekst' })
    .fill('Er is muziek, er zijn spelletjes en er is koffie.\n\nKom ook!');
  await page.getByRole('textbox', { name: 'Titel' }).scrollIntoViewIfNeeded();
}

/**
 * Uploads a PDF into the edition's PDF field as an editor does: "PDF kiezen", upload in Sveltia's
 * file dialog, "Invoegen"; then waits for the editor to have read it (src/admin/pdf-field.ts).
 */
export async function choosePdf(page: Page, pdfFile: string): Promise<void> {
  await page.getByRole('button', { name: /^(Andere )?PDF kiezen$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Bestand selecteren' });
  await dialog.locator('input[type=file]').setInputFiles(pdfFile);
  await dialog.getByRole('button', { name: 'Invoegen' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.westwint-pdf__status:empty').waitFor({ state: 'attached' });
}

/** A new edition filled in as an editor would, with its PDF uploaded from `pdfFile`. */
export async function fillEdition(page: Page, siteUrl: string, pdfFile: string): Promise<void> {
  await openScreen(page, siteUrl, '/collections/nieuwsbrief/new');
  await page.getByRole('textbox', { name: 'Titel' }).fill('Nieuwsbrief Heilust, editie 9');
  await page.getByRole('spinbutton', { name: 'Editienummer' }).fill('9');
  await page.getByRole('textbox', { name: 'Datum van verschijnen' }).fill('2019-06-01');
  await page
    .getByRole('textbox', { name: 'Samenvatting' })
    .fill('Over het feest in ’t Westhoes en de nieuwe bomen.');
  await choosePdf(page, pdfFile);
  await page
    .getByRole('textbox', { name: 'Tekst' })
    .fill('In deze negende Nieuwsbrief Heilust leest u over het feest.');
  await page.getByText('Gekozen: heilust-9.pdf').scrollIntoViewIfNeeded();
}
