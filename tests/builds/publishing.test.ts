/**
 * Whether drafts show is decided by the command (`astro dev`), never by NODE_ENV: a build on a
 * runner that happens to set NODE_ENV=development must still publish no draft. The shared good
 * fixture is built that way (fixtureSite in tests/helpers/fixture.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/lib/astro-build.ts';
import { fixtureSite } from '../helpers/fixture';

describe('a production build with NODE_ENV=development', () => {
  let build: BuildResult;

  beforeAll(() => {
    build = fixtureSite();
  });

  it('was built with NODE_ENV=development', () => {
    expect(build.output).toContain('[build]');
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(true);
  });

  it('still leaves out drafts and future items', () => {
    expect(existsSync(join(build.outDir, 'nieuws/geheim-concept/index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'nieuws/bericht-uit-de-toekomst/index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'nieuwsbrief/heilust-3/index.html'))).toBe(false);
    expect(readFileSync(join(build.outDir, 'nieuws/index.html'), 'utf8')).not.toContain('Geheim concept');
  });
});
