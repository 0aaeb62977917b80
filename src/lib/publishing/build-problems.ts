/**
 * A build stopped by a mistake in the content leaves the mistake's lines in a file
 * (scripts/build.mjs writes it), where Netlify's build plugin netlify/plugins/build-problems/
 * finds them and keeps them with the failed deploy, for the editor's status banner.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the lines go; WESTWINT_BUILD_PROBLEMS moves it (test builds run one after another). */
export function buildProblemsFile(env: Record<string, string | undefined> = process.env): string {
  return env.WESTWINT_BUILD_PROBLEMS ?? '.cache/build-problems.json';
}

/**
 * The lines of an error that stopped the build: each mistake of a content error (the message
 * names file, field and what is expected), or none for any other error (a technical failure).
 */
export function problemsOf(error: unknown): string[] {
  if (!(error instanceof Error) || error.name !== 'ContentError') return [];
  const listed = error.message.split('\n').filter((line) => line.startsWith('  - '));
  return listed.length > 0 ? listed.map((line) => line.slice(4)) : [error.message];
}

/** Before a build: no lines of an earlier build linger. */
export function clearBuildProblems(file = buildProblemsFile()): void {
  rmSync(file, { force: true });
}

export function writeBuildProblems(problems: string[], file = buildProblemsFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ problems }, null, 2)}\n`);
}

/** The lines a failed build left, or null when it left none (it did not get as far as Astro). */
export function readBuildProblems(file = buildProblemsFile()): string[] | null {
  try {
    const { problems } = JSON.parse(readFileSync(file, 'utf8')) as { problems: unknown };
    return Array.isArray(problems)
      ? problems.filter((line): line is string => typeof line === 'string')
      : null;
  } catch {
    return null;
  }
}
