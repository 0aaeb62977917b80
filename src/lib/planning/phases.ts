/**
 * A planning in phases: each starts in a month ("2027-03") or on a day ("2027-03-15") and ends in
 * one, or lasts the month or day it starts in. Pure: reading a month or a day, the order, the mark
 * a phase has on a given day (done, now, later), the period in Dutch ("maart 2027 tot juni 2027")
 * and the days the site must be built again so the marks move by themselves.
 */
import { addDays, formatDate, isCalendarDay, startOfAmsterdamDay, TIME_ZONE } from '../dates/amsterdam.ts';

/** One end of a phase as written, and the days it covers. */
export interface PlanPoint {
  form: 'month' | 'day';
  /** As written: JJJJ-MM or JJJJ-MM-DD. */
  written: string;
  /** Its first day, JJJJ-MM-DD: the month's first day, or the day. */
  first: string;
  /** Its last day, JJJJ-MM-DD: the month's last day, or the day. */
  last: string;
}

export interface Phase {
  title: string;
  start: PlanPoint;
  /** Its last month or day; without it, the phase lasts its start's month or day. */
  end?: PlanPoint | undefined;
  description?: string | undefined;
}

/** Where a phase stands on a day. */
export type PhaseMark = 'done' | 'now' | 'later';

/** How a month or a day is written: the pattern the editor checks as one types. */
export const PLAN_POINT_PATTERN = '^\\d{4}-\\d{2}(-\\d{2})?$';
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const PLAN_POINT_FORM = 'verwacht een maand als 2027-03 of een dag als 2027-03-15';

/** The month or day written in `text`, or what is wrong with it, in the build's words. */
export function readPlanPoint(text: string): PlanPoint | { problem: string } {
  const written = text.trim();
  const month = MONTH.exec(written);
  if (month) {
    const [year, number] = [Number(month[1]), Number(month[2])];
    if (number < 1 || number > 12)
      return { problem: `"${text}" is geen bestaande maand; schrijf JJJJ-MM, bijvoorbeeld 2027-03` };
    // Day 0 of the next month is this month's last day.
    const last = new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
    return { form: 'month', written, first: `${written}-01`, last };
  }
  if (DAY.test(written)) {
    if (!isCalendarDay(written))
      return { problem: `"${text}" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-03-15` };
    return { form: 'day', written, first: written, last: written };
  }
  return { problem: `"${text}": ${PLAN_POINT_FORM}` };
}

/** The first day of a phase, JJJJ-MM-DD. */
export const firstDayOf = (phase: Phase) => phase.start.first;

/** The last day of a phase, JJJJ-MM-DD: its end's last day, or its start's. */
export const lastDayOf = (phase: Phase) => (phase.end ?? phase.start).last;

/** What is wrong with an end, given its start: a phase that ends before it starts. */
export function phaseEndProblem(start: PlanPoint, end: PlanPoint): string | null {
  if (end.last >= start.first) return null;
  return `het einde (${end.written}) ligt vóór het begin (${start.written}); een fase kan niet eindigen voordat ze begint`;
}

/** The phases by their first day, then their last; phases that start and end together keep their order. */
export function inOrder<T extends Phase>(phases: readonly T[]): T[] {
  return [...phases].sort(
    (a, b) => firstDayOf(a).localeCompare(firstDayOf(b)) || lastDayOf(a).localeCompare(lastDayOf(b)),
  );
}

/** Where a phase stands on `today` (JJJJ-MM-DD, Amsterdam): over, going on, or still to come. */
export function phaseMark(phase: Phase, today: string): PhaseMark {
  if (today < firstDayOf(phase)) return 'later';
  if (today > lastDayOf(phase)) return 'done';
  return 'now';
}

const monthFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, month: 'long', year: 'numeric' });

/** "maart 2027" or "15 maart 2027" (a day as everywhere on the site: formatDate). */
export function planPointText(point: PlanPoint): string {
  const day = startOfAmsterdamDay(point.first);
  return point.form === 'month' ? monthFormat.format(day) : formatDate(day);
}

/** The period of a phase in Dutch: "maart 2027 tot juni 2027", "15 maart 2027", "maart 2027". */
export function periodText(phase: Phase): string {
  const { start, end } = phase;
  if (!end || end.written === start.written) return planPointText(start);
  return `${planPointText(start)} tot ${planPointText(end)}`;
}

/**
 * The days the site must be built again for a planning: each phase's first day (it begins) and
 * the day after its last (it is over), so each mark changes on its day.
 */
export function phaseRebuildDays(phases: readonly Phase[]): string[] {
  return phases.flatMap((phase) => [firstDayOf(phase), addDays(lastDayOf(phase), 1)]);
}
