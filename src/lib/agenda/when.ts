/**
 * When a meeting is, from the front matter's `start` and `end`: a day and a time in Amsterdam
 * ("2027-03-25 19:30", also "2027-03-25T19:30"), or a day alone ("2027-03-25") for an all-day
 * event. Pure and tested (tests/unit/agenda.test.ts), including the two nights a year the clocks
 * change: 02:30 does not exist on the last Sunday of March, and comes twice on the last Sunday
 * of October (the first, summer time, is meant).
 */
import {
  addDays,
  amsterdamDay,
  amsterdamInstant,
  isCalendarDay,
  isoInAmsterdam,
  startOfAmsterdamDay,
} from '../dates/amsterdam.ts';

/** One end of a meeting as written: its day, and its time unless it lasts all day. */
export interface Moment {
  /** JJJJ-MM-DD */
  day: string;
  /** HH:MM, or null for a whole day. */
  time: string | null;
  /** When it is: the time in Amsterdam, or the start of the day there. */
  instant: Date;
}

export interface MeetingTime {
  start: Moment;
  /** As written; none when `end` was left out. */
  end: Moment | null;
  allDay: boolean;
}

/** A meeting with a start time and no end lasts this long in calendars: the length Outlook, Google and Apple Calendar give a new event. */
export const DEFAULT_LENGTH_MINUTES = 60;

/** How a moment is written: the pattern the editor checks as one types. */
export const MOMENT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2})?$';
const MOMENT = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

export const MOMENT_FORM =
  'verwacht een datum met tijd als 2027-03-25 19:30, of alleen een datum (2027-03-25) voor een hele dag';

/** The moment written in `text`, or what is wrong with it, in the build's words. */
export function readMoment(text: string): Moment | { problem: string } {
  const match = MOMENT.exec(text.trim());
  if (!match) return { problem: `"${text}": ${MOMENT_FORM}` };
  const [, day = '', hour, minute] = match;
  if (!isCalendarDay(day))
    return { problem: `"${text}" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-03-25` };
  if (hour === undefined) return { day, time: null, instant: startOfAmsterdamDay(day) };
  const time = `${hour}:${minute}`;
  if (Number(hour) > 23 || Number(minute) > 59)
    return {
      problem: `"${text}": ${time} is geen tijd; schrijf uren van 00 tot 23 en minuten van 00 tot 59`,
    };
  const instant = amsterdamInstant(day, time);
  if (!instant)
    return {
      problem: `"${text}" bestaat niet in Nederland: die nacht gaat de klok van 2.00 uur naar 3.00 uur vooruit; kies een andere tijd`,
    };
  return { day, time, instant };
}

/** YAML reads an unquoted 2027-03-25 as a Date at UTC midnight; with a time and seconds it reads UTC, which is not meant. */
export function momentText(value: Date | string): string | { problem: string } {
  if (typeof value === 'string') return value;
  const iso = value.toISOString();
  if (!iso.endsWith('T00:00:00.000Z'))
    return {
      problem: `"${iso.slice(0, 19).replace('T', ' ')}": schrijf de tijd zonder seconden, bijvoorbeeld 2027-03-25 19:30`,
    };
  return iso.slice(0, 10);
}

/** What is wrong with an end, given its start: another form, or before the start. */
export function endProblem(start: Moment, end: Moment): string | null {
  if ((start.time === null) !== (end.time === null)) {
    return start.time === null
      ? 'schrijf end net als start: alleen een datum (de laatste dag), zonder tijd'
      : 'schrijf end net als start: een datum met tijd, bijvoorbeeld 2027-03-25 21:00';
  }
  if (end.instant < start.instant)
    return `het einde (${formatMomentText(end)}) ligt vóór het begin (${formatMomentText(start)})`;
  return null;
}

const formatMomentText = (m: Moment) => (m.time ? `${m.day} ${m.time}` : m.day);

/** The last day of a meeting in Amsterdam: the day it ends, or starts when it has no end. */
export function lastDay(when: MeetingTime): string {
  if (!when.end) return when.start.day;
  // A meeting that ends at midnight exactly ended on the day before.
  if (when.end.time === '00:00' && when.end.day > when.start.day)
    return amsterdamDay(new Date(when.end.instant.getTime() - 1));
  return when.end.day;
}

/** True once the meeting's last day is over in Amsterdam: it belongs in the archive. */
export function isOver(when: MeetingTime, today: string): boolean {
  return lastDay(when) < today;
}

/** The day after the last day: when the daily build moves the meeting to the archive. */
export function dayAfter(day: string): string {
  return addDays(day, 1);
}

/** When the meeting ends in calendars: its end, the next day after an all-day one, or DEFAULT_LENGTH_MINUTES after its start. */
export function calendarEnd(when: MeetingTime): Date {
  if (when.allDay) return startOfAmsterdamDay(dayAfter(when.end?.day ?? when.start.day));
  return when.end?.instant ?? new Date(when.start.instant.getTime() + DEFAULT_LENGTH_MINUTES * 60_000);
}

/** A meeting's time from its front matter. */
export function meetingTime(data: { start: Moment; end?: Moment | undefined }): MeetingTime {
  return { start: data.start, end: data.end ?? null, allDay: data.start.time === null };
}

/** A moment for a `datetime` attribute: "2027-03-25T19:30+01:00", or the day alone. */
export function isoOfMoment(m: Moment): string {
  return m.time ? isoInAmsterdam(m.instant).slice(0, 16) + isoInAmsterdam(m.instant).slice(19) : m.day;
}

/** The times of schema.org's Event: ISO with the offset, or days for an all-day meeting (endDate its last day). */
export function eventTimes(when: MeetingTime): { start: string; end?: string } {
  if (when.allDay) return { start: when.start.day, ...(when.end ? { end: when.end.day } : {}) };
  const iso = (m: Moment) => isoInAmsterdam(m.instant);
  return { start: iso(when.start), ...(when.end ? { end: iso(when.end) } : {}) };
}
