/**
 * `npm run check` (astro check: TypeScript in strict mode over every .ts, .mts and .astro file),
 * run beside the other tests instead of before them, so the suite does not wait for it.
 *
 * The check reads the content types Astro generates in .astro/, which every build rewrites. So
 * it takes a copy of them (.astro-check/, beside .astro/ so their relative imports still resolve)
 * while holding the Astro lock, and checks against the copy without the lock: the builds of the
 * other test files need not wait the half minute the check takes.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ASTRO, ROOT, takeAstroLock, withoutTestModeVariables } from '../../scripts/lib/astro-build.ts';

function astro(args: string[]): Promise<{ code: number | null; output: string }> {
  const run = spawn(process.execPath, [ASTRO, ...args], {
    cwd: ROOT,
    env: {
      ...withoutTestModeVariables(process.env),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  let output = '';
  run.stdout.on('data', (chunk) => (output += chunk));
  run.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) => run.on('close', (code) => done({ code, output })));
}

test('the code type-checks without errors or warnings', { timeout: 240_000 }, async () => {
  const types = join(ROOT, '.astro-check');
  const release = takeAstroLock();
  try {
    // Without a build before (a fresh clone running only this project), generate the types first.
    if (!existsSync(join(ROOT, '.astro/types.d.ts'))) expect((await astro(['sync'])).code).toBe(0);
    rmSync(types, { recursive: true, force: true });
    cpSync(join(ROOT, '.astro'), types, { recursive: true });
  } finally {
    release();
  }
  const config = join(ROOT, '.cache/type-check/tsconfig.json');
  mkdirSync(join(ROOT, '.cache/type-check'), { recursive: true });
  writeFileSync(
    config,
    JSON.stringify({
      extends: '../../tsconfig.json',
      include: ['../../.astro-check/types.d.ts', '../../**/*'],
      exclude: ['../../dist', '../../node_modules'],
    }),
  );
  const { code, output } = await astro(['check', '--noSync', '--tsconfig', config]);
  expect(output, output).toMatch(/- 0 errors\s+- 0 warnings/);
  expect(code, output).toBe(0);
});
