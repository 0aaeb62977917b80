/**
 * The date on the printed letter about works: the day they were last changed (`updated`), else the
 * day they went online. The build keeps no history, so "went online" is read from git: the day the
 * file was first committed (Netlify builds from a clone with its history). A file not yet
 * committed (a preview, a test fixture) or a machine without git gets the day of the build.
 */
import { execFileSync } from 'node:child_process';
import { amsterdamDay, startOfAmsterdamDay } from '../dates/amsterdam.ts';

/** The day a file was first committed (JJJJ-MM-DD), or null when git does not know it. */
export function firstCommitDay(file: string, cwd = process.cwd()): string | null {
  try {
    // The commit's instant (seconds), made an Amsterdam day here: %cs would be the committer's own zone.
    const times = execFileSync('git', ['log', '--follow', '--diff-filter=A', '--format=%ct', '--', file], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n');
    const first = Number(times.at(-1));
    return first > 0 ? amsterdamDay(new Date(first * 1000)) : null;
  } catch {
    return null;
  }
}

/** The letter's date: `updated`, else the day online, else `today` (all Amsterdam days). */
export function letterDate(updated: Date | undefined, onlineSince: string | null, today: string): Date {
  if (updated) return updated;
  return startOfAmsterdamDay(onlineSince ?? today);
}
