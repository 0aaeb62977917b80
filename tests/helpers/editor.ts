/**
 * Drives the editor at /admin/ in Chromium with Sveltia's own test back end: the repository is
 * the browser's origin private file system (OPFS), seeded here with this repository's content/
 * and PDFs. Only the back end differs from production: the served config.yml gets
 * `backend: { name: test-repo }` instead of GitHub; everything else is the built site under
 * netlify.toml's headers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/astro-build.ts';

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
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
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
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${handle.name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
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
