/**
 * `npm run check` (astro check: TypeScript in strict mode over every .ts, .mts and .astro file),
 * run beside the other tests instead of before them, so the suite does not wait for it.
 */
import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { ASTRO, ROOT, takeAstroLock, withoutTestModeVariables } from '../../scripts/lib/astro-build.ts';

test('the code type-checks without errors or warnings', { timeout: 240_000 }, async () => {
  // astro check syncs the content types into .astro/, which a build beside it would overwrite.
  const release = takeAstroLock();
  try {
    const check = spawn(process.execPath, [ASTRO, 'check'], {
      cwd: ROOT,
      env: { ...withoutTestModeVariables(process.env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    check.stdout.on('data', (chunk) => (output += chunk));
    check.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((done) => check.on('close', done));
    expect(output, output).toMatch(/- 0 errors\s+- 0 warnings/);
    expect(code, output).toBe(0);
  } finally {
    release();
  }
});
