/**
 * When works are: whole days in Amsterdam, from the first day (`start`) to the last (`end`). In
 * Dutch as residents read it ("van maandag 12 april tot en met vrijdag 30 april 2027"), whether
 * they are going on, coming or over on a given day, and the days the site must be built again
 * because of them. Pure.
 */
import { addDays, amsterdamDay } from '../dates/amsterdam.ts';
import { whenText } from '../agenda/words.ts';
import type { MeetingTime } from '../agenda/when.ts';

/** The home page shows works this many days before they start. */
export const COMING_SOON_DAYS = 14;

/** The days of works, as the schema reads them: the start of each Amsterdam day. */
export interface WorksDays {
  start: Date;
  end: Date;
}

/** The first and last day, JJJJ-MM-DD. */
export function daysOf({ start, end }: WorksDays): { first: string; last: string } {
  return { first: amsterdamDay(start), last: amsterdamDay(end) };
}

/** The works as an all-day event from the first day to the last (the agenda's words and calendars read it). */
export function worksTime(data: WorksDays): MeetingTime {
  const { first, last } = daysOf(data);
  return {
    start: { day: first, time: null, instant: data.start },
    end: { day: last, time: null, instant: data.end },
    allDay: true,
  };
}

/** "van maandag 12 april tot en met vrijdag 30 april 2027", or "op maandag 12 april 2027" for one day. */
export function periodText(data: WorksDays): string {
  const { first, last } = daysOf(data);
  return `${first === last ? 'op' : 'van'} ${whenText(worksTime(data))}`;
}

/** What is wrong with the last day, given the first, in the build's words; null when it is right. */
export function endProblem(data: WorksDays): string | null {
  const { first, last } = daysOf(data);
  return last < first ? `de laatste dag (${last}) ligt vóór de eerste dag (${first})` : null;
}

/** Over: the last day has passed in Amsterdam. */
export function isOver(data: WorksDays, today: string): boolean {
  return daysOf(data).last < today;
}

/** Going on today. */
export function isGoingOn(data: WorksDays, today: string): boolean {
  const { first, last } = daysOf(data);
  return first <= today && today <= last;
}

/** Going on today, or starting within `days` days. */
export function isNowOrSoon(data: WorksDays, today: string, days = COMING_SOON_DAYS): boolean {
  const { first } = daysOf(data);
  return !isOver(data, today) && first <= addDays(today, days);
}

/**
 * The days the site must be built again: COMING_SOON_DAYS before the start (the home page's
 * "coming"), the first day (now going on) and the day after the last (to the archive).
 */
export function rebuildDays(data: WorksDays): string[] {
  const { first, last } = daysOf(data);
  return [addDays(first, -COMING_SOON_DAYS), first, addDays(last, 1)];
}
