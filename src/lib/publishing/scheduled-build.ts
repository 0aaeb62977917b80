/**
 * Items dated in the future go online at the first build on or after their day. This starts that
 * build just after midnight in Amsterdam, only on a day an item was waiting for, and at most
 * once a day: the scheduled function runs at 22:05 and 23:05 UTC (one of the two is 00:05 in
 * Amsterdam, winter or summer), and the day is recorded once its build was asked for.
 */
import type { Log } from '../functions/log.ts';

/** /geplande-dagen.json: the days on which a finished item (not a draft) waits to go online, without titles. */
export interface WaitingDaysFile {
  days: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The days in the file, or an error saying what is wrong with it. */
export function readWaitingDaysFile(data: unknown): string[] {
  const days = (data as Partial<WaitingDaysFile> | null)?.days;
  if (!Array.isArray(days) || !days.every((day) => DAY.test(String(day))))
    throw new Error('geplande-dagen.json heeft geen lijst "days" met datums als JJJJ-MM-DD');
  return days;
}

export interface ScheduledBuild {
  /** The days on which an item waits to go online, from the live site. */
  waitingDays: readonly string[];
  /** Today in Amsterdam, JJJJ-MM-DD. */
  today: string;
  /** Records the day; false when it was recorded already (the other run of the night). */
  recordDay(day: string): Promise<boolean>;
  /** Forgets the day again, so the other run of the night may try. */
  forgetDay(day: string): Promise<void>;
  /** Asks Netlify for a build (the build hook). */
  startBuild(): Promise<void>;
  log: Log;
}

export async function buildIfSomethingIsWaiting(
  s: ScheduledBuild,
): Promise<'started' | 'nothing-waiting' | 'already-started' | 'failed'> {
  if (!s.waitingDays.includes(s.today)) {
    s.log(`Vandaag (${s.today}) wacht er niets om online te gaan; geen build.`);
    return 'nothing-waiting';
  }
  if (!(await s.recordDay(s.today))) {
    s.log(`De build voor ${s.today} is al gestart.`);
    return 'already-started';
  }
  try {
    await s.startBuild();
  } catch (error) {
    await s.forgetDay(s.today);
    s.log(
      `Vandaag (${s.today}) gaat er iets online, maar de build kon niet worden gestart: ${(error as Error).message}.`,
    );
    return 'failed';
  }
  s.log(`Vandaag (${s.today}) gaat er iets online: build gestart.`);
  return 'started';
}
