/**
 * A build stopped by a mistake in the content leaves the mistakes, as data, in a file
 * (scripts/build.mjs writes it), where Netlify's build plugin netlify/plugins/build-problems/
 * finds them and keeps them with the failed deploy, for the editor's status banner, which words
 * them as the build does (src/lib/content/rules/wording.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Problem } from '../content/rules/problem.ts';

/** Where the problems go; WESTWINT_BUILD_PROBLEMS moves it (test builds run one after another). */
export function buildProblemsFile(env: Record<string, string | undefined> = process.env): string {
  return env.WESTWINT_BUILD_PROBLEMS ?? '.cache/build-problems.json';
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as Problem).files) &&
  typeof (value as Problem).issue?.kind === 'string';

/**
 * The problems of an error that stopped the build: those of a content error (the rules' own data,
 * also when Astro passed the error on as another's cause), or none for any other error (a
 * technical failure).
 */
export function problemsOf(error: unknown): Problem[] {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const problems = (cause as { problems?: unknown }).problems;
    if (cause.name === 'ContentError' && Array.isArray(problems)) return problems.filter(isProblem);
  }
  return [];
}

/** Before a build: no problems of an earlier build linger. */
export function clearBuildProblems(file = buildProblemsFile()): void {
  rmSync(file, { force: true });
}

export function writeBuildProblems(problems: readonly Problem[], file = buildProblemsFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ problems }, null, 2)}\n`);
}

/** The problems a failed build left, or null when it left none (it did not get as far as Astro). */
export function readBuildProblems(file = buildProblemsFile()): Problem[] | null {
  try {
    const { problems } = JSON.parse(readFileSync(file, 'utf8')) as { problems: unknown };
    return Array.isArray(problems) ? problems.filter(isProblem) : null;
  } catch {
    return null;
  }
}
