/** What a failed build leaves for the editor's banner (src/lib/publishing/build-problems.ts). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/loader';
import {
  clearBuildProblems,
  problemsOf,
  readBuildProblems,
  writeBuildProblems,
} from '../../src/lib/publishing/build-problems';

const dir = mkdtempSync(join(tmpdir(), 'westwint-problems-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('problemsOf', () => {
  it('a mistake in one file: its line', () => {
    expect(
      problemsOf(new ContentError('content/nieuws/x.md', 'image', 'imageAlt staat er, maar image ontbreekt')),
    ).toEqual(['content/nieuws/x.md: veld "image": imageAlt staat er, maar image ontbreekt']);
  });

  it('mistakes across files: one line each', () => {
    const error = new ContentError(
      'content',
      null,
      '2 fout(en) in de inhoud:\n  - a.md: veld "x": één\n  - b.md: veld "y": twee',
    );
    expect(problemsOf(error)).toEqual(['a.md: veld "x": één', 'b.md: veld "y": twee']);
  });

  it('any other error is technical: no lines', () => {
    expect(problemsOf(new Error('Vite could not resolve a module'))).toEqual([]);
    expect(problemsOf('a string')).toEqual([]);
  });
});

describe('the problems file', () => {
  it('is written, read back, and cleared before the next build', () => {
    const file = join(dir, 'sub/build-problems.json');
    expect(readBuildProblems(file)).toBeNull();
    writeBuildProblems(['a.md: veld "x": één'], file);
    expect(readBuildProblems(file)).toEqual(['a.md: veld "x": één']);
    clearBuildProblems(file);
    expect(readBuildProblems(file)).toBeNull();
  });
});
