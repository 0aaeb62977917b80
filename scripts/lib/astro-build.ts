/**
 * Runs a production build of a content folder into its own output folder with the command
 * Netlify runs for `npm run build` (scripts/build.mjs), and reports what the build printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Problem } from '../../src/lib/content/rules/problem.ts';
import { readBuildProblems } from '../../src/lib/publishing/build-problems.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BUILD = join(ROOT, 'scripts/build.mjs');
/** Test builds; .cache/ is git-ignored. */
const BUILDS_DIR = join(ROOT, '.cache/test-builds');

const LOCK = join(BUILDS_DIR, 'astro.lock');

/** Whether the lock was left by a process that is gone (a test run that was killed). */
function lockIsStale(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    // No pid yet: the holder has just taken the lock, unless that was long ago.
    try {
      return Date.now() - statSync(LOCK).mtimeMs > 60_000;
    } catch {
      return false;
    }
  }
}

/**
 * Astro writes files into the project itself while it builds or serves (.astro/content-assets.mjs
 * maps every content image), so two at once break each other's images. Test files run side by
 * side (vitest.config.ts), so every test that runs Astro takes this lock first and gives it back
 * with the function returned; waiting blocks, which is what a build does anyway.
 */
export function takeAstroLock(): () => void {
  mkdirSync(BUILDS_DIR, { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (lockIsStale()) rmSync(LOCK, { recursive: true, force: true });
    else Atomics.wait(pause, 0, 0, 100);
  }
  writeFileSync(join(LOCK, 'pid'), String(process.pid));
  return () => rmSync(LOCK, { recursive: true, force: true });
}

export interface BuildResult {
  ok: boolean;
  outDir: string;
  /** stdout and stderr together, with colour codes removed. */
  output: string;
  /** The problems a failed build left for the editor's status banner (src/lib/publishing/build-problems.ts). */
  problems: Problem[] | null;
}

/**
 * Vitest puts NODE_ENV=test, MODE, DEV and PROD into process.env; passed on, they make the
 * child's Vite build in development mode, which shows drafts and future items. And with VITEST
 * set, `astro dev` serves none of the site's routes.
 */
export function withoutTestModeVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const key of Object.keys(clean)) {
    if (['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'].includes(key) || key.startsWith('VITEST'))
      delete clean[key];
  }
  return clean;
}

/** A production build of a content folder into outDir; the caller holds the Astro lock. */
function runBuild(contentDir: string, outDir: string, env: Record<string, string>): BuildResult {
  // Not inside outDir: the build empties outDir after syncing content into the cache,
  // which would delete the data store and leave every collection empty.
  const cacheDir = mkdtempSync(join(tmpdir(), 'westwint-cache-'));
  const problemsFile = join(cacheDir, 'build-problems.json');
  const result = spawnSync(process.execPath, [BUILD, '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...withoutTestModeVariables(process.env),
      ASTRO_TELEMETRY_DISABLED: '1',
      WESTWINT_CONTENT_DIR: contentDir,
      WESTWINT_CACHE_DIR: cacheDir,
      WESTWINT_BUILD_PROBLEMS: problemsFile,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  const problems = readBuildProblems(problemsFile);
  // The cache is only needed during the build; each test build leaves tens of MB otherwise.
  rmSync(cacheDir, { recursive: true, force: true });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, outDir, output, problems };
}

export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
  // Inside the project on purpose: for an outDir outside the project, Astro puts its
  // prerender chunks in the shared .astro/.prerender/, so two builds running at once
  // (two test runs, two engineers) would overwrite and delete each other's chunks.
  mkdirSync(BUILDS_DIR, { recursive: true });
  const outDir = mkdtempSync(join(BUILDS_DIR, 'dist-'));
  const release = takeAstroLock();
  try {
    return runBuild(contentDir, outDir, env);
  } finally {
    release();
  }
}

/** Where shared builds live; removed at the start and end of every test run (tests/global-setup.ts). */
export const SHARED_BUILDS = join(BUILDS_DIR, 'shared');

/**
 * A build made once per test run and shared by every test file that asks for it by name: the
 * first caller builds (writing the content with `writeContent`), later ones get the same folder.
 * Callers must not change or remove it.
 */
export function sharedBuild(
  name: string,
  writeContent: () => string,
  env: Record<string, string> = {},
): BuildResult {
  const outDir = join(SHARED_BUILDS, name);
  const done = join(SHARED_BUILDS, `${name}.log`);
  mkdirSync(SHARED_BUILDS, { recursive: true });
  const release = takeAstroLock();
  try {
    if (existsSync(done)) return { ok: true, outDir, output: readFileSync(done, 'utf8'), problems: null };
    rmSync(outDir, { recursive: true, force: true });
    const contentDir = writeContent();
    const result = runBuild(contentDir, outDir, env);
    rmSync(contentDir, { recursive: true, force: true });
    if (result.ok) writeFileSync(done, result.output);
    return result;
  } finally {
    release();
  }
}
