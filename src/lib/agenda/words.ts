/**
 * When a meeting is, in Dutch as residents read it: "zaterdag 22 april 2017, 13.00 tot 17.00 uur",
 * "donderdag 25 maart 2027, 19.30 uur" without an end, "zaterdag 22 april 2017" for a whole day,
 * "vrijdag 1 oktober tot en met zondag 3 oktober 2027" for several days. Times as the Taalunie
 * writes them: 9.30 uur, 13.00 uur.
 */
import { TIME_ZONE } from '../dates/amsterdam.ts';
import type { MeetingTime, Moment } from './when.ts';

const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dayWithoutYear = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const monthFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, month: 'long', year: 'numeric' });

/** "zaterdag 22 april 2017" */
export const dayText = (m: Moment) => dayFormat.format(m.instant);

/** "13.00", "9.30" */
export function clockText(time: string): string {
  const [hour = '0', minute = '00'] = time.split(':');
  return `${Number(hour)}.${minute}`;
}

/** The whole line: day and time, or days. */
export function whenText({ start, end, allDay }: MeetingTime): string {
  if (allDay) {
    if (!end || end.day === start.day) return dayText(start);
    const sameYear = start.day.slice(0, 4) === end.day.slice(0, 4);
    return `${sameYear ? dayWithoutYear.format(start.instant) : dayText(start)} tot en met ${dayText(end)}`;
  }
  const from = clockText(start.time!);
  if (!end) return `${dayText(start)}, ${from} uur`;
  if (end.day === start.day) return `${dayText(start)}, ${from} tot ${clockText(end.time!)} uur`;
  return `${dayText(start)}, ${from} uur tot ${dayText(end)}, ${clockText(end.time!)} uur`;
}

/** A month heading of the agenda: "maart 2027". */
export function monthText(m: Moment): string {
  return monthFormat.format(m.instant);
}
