import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../scripts/lib/astro-build.ts';
import { baseFixture } from '../helpers/fixture';
import { removeFixture, writeFixture } from '../../scripts/lib/content-folder.ts';

// Whether drafts show is decided by the command (`astro dev`), never by NODE_ENV: a build
// on a runner that happens to set NODE_ENV=development must still publish no draft.
describe('a production build with NODE_ENV=development', () => {
  let contentDir: string;
  let build: BuildResult;

  beforeAll(() => {
    contentDir = writeFixture(baseFixture());
    build = buildSite(contentDir, { NODE_ENV: 'development' });
  });
  afterAll(() => {
    removeFixture(contentDir);
    rmSync(build.outDir, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('still leaves out drafts and future items', () => {
    expect(existsSync(join(build.outDir, 'nieuws/geheim-concept/index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'nieuws/bericht-uit-de-toekomst/index.html'))).toBe(false);
    expect(existsSync(join(build.outDir, 'nieuwsbrief/heilust-3/index.html'))).toBe(false);
    expect(readFileSync(join(build.outDir, 'nieuws/index.html'), 'utf8')).not.toContain('Geheim concept');
  });
});
