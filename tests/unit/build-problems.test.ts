/** What a failed build leaves for the editor's banner (src/lib/publishing/build-problems.ts): the problems, as data. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { problemIn } from '../../src/lib/content/rules/problem';
import { ContentError } from '../../src/lib/content/rules/wording';
import {
  clearBuildProblems,
  problemsOf,
  readBuildProblems,
  writeBuildProblems,
} from '../../src/lib/publishing/build-problems';

const dir = mkdtempSync(join(tmpdir(), 'westwint-problems-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const one = problemIn('content/nieuws/x.md', 'image', { kind: 'missing-image', path: './foto.jpg' });
const two = problemIn('content/nieuws/y.md', 'date', { kind: 'not-a-day', text: '2011-02-30' });

describe('problemsOf', () => {
  it('a content error: its problems, as data', () => {
    expect(problemsOf(new ContentError([one]))).toEqual([one]);
    expect(problemsOf(new ContentError([one, two]))).toEqual([one, two]);
  });

  it('also when Astro passed the content error on as the cause of its own', () => {
    expect(
      problemsOf(new Error('[AstroError] getStaticPaths failed', { cause: new ContentError([two]) })),
    ).toEqual([two]);
  });

  it('any other error is technical: no problems', () => {
    expect(problemsOf(new Error('Vite could not resolve a module'))).toEqual([]);
    expect(problemsOf('a string')).toEqual([]);
  });
});

describe('the problems file', () => {
  it('is written, read back, and cleared before the next build', () => {
    const file = join(dir, 'sub/build-problems.json');
    expect(readBuildProblems(file)).toBeNull();
    writeBuildProblems([one, two], file);
    expect(readBuildProblems(file)).toEqual([one, two]);
    clearBuildProblems(file);
    expect(readBuildProblems(file)).toBeNull();
  });
});
