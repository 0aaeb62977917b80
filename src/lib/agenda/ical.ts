/**
 * Meetings as iCalendar (RFC 5545), as Outlook, Apple Calendar and Google Calendar read it:
 * written by ical-generator (folding at 75 octets, CRLF, escaping), with the VTIMEZONE of
 * Europe/Amsterdam from @touch4it/ical-timezones and times as Luxon dates in that zone, so
 * they are written with TZID as a clock in Amsterdam shows them (ical-generator writes a plain
 * Date by the clock of the machine that builds). An all-day meeting is VALUE=DATE.
 *
 * A calendar that imported a meeting recognises it again by its UID (the file name: rename an
 * announced meeting's file and calendars see a new one) and takes a change when SEQUENCE grows.
 * SEQUENCE is worked out from what the file says, as the build keeps no history: twice the
 * days from 2000-01-01 to `updated`, plus one when the meeting is called off. So moving a
 * meeting (with `updated` set to that day) and calling it off (on the same day or later) both
 * raise it; LAST-MODIFIED is `updated`.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { TIME_ZONE } from '../dates/amsterdam.ts';
import { calendarEnd, type MeetingTime } from './when.ts';

export interface CalendarMeeting {
  /** Unique and lasting: "<slug>@<host>". */
  uid: string;
  title: string;
  summary: string;
  when: MeetingTime;
  location: string;
  address?: string | undefined;
  /** The meeting's page, absolute. */
  url: string;
  /** The reason, when called off. */
  cancelled?: string | undefined;
  updated?: Date | undefined;
}

export interface CalendarOptions {
  /** The calendar's name in the resident's calendar app. */
  name: string;
  description: string;
  /** The page the calendar belongs to, absolute. */
  page: string;
  /** Where the calendar itself is, absolute: for a subscription, the address clients refresh from. */
  source: string;
  /** How often a subscribed calendar asks again (REFRESH-INTERVAL, X-PUBLISHED-TTL); none for a single meeting. */
  refreshSeconds?: number;
  /** The words around a called-off meeting: "Afgelast: …". */
  cancelledTitle: (title: string) => string;
  /** When the file was made (DTSTAMP). */
  now: Date;
}

/** How often a subscribed calendar is refreshed: twice a day, as the site changes at most a few times a day. */
export const REFRESH_SECONDS = 12 * 60 * 60;

const DAY = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);

/** SEQUENCE: grows with `updated`, and by one when called off. */
export function sequenceOf(updated: Date | undefined, cancelled: boolean): number {
  const days = updated ? Math.max(0, Math.floor((updated.getTime() - EPOCH) / DAY)) : 0;
  return days * 2 + (cancelled ? 1 : 0);
}

const inAmsterdam = (instant: Date) => DateTime.fromJSDate(instant, { zone: TIME_ZONE });

/** One calendar of the given meetings, as text. */
export function calendarText(meetings: readonly CalendarMeeting[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'West wint aan ruimte', product: 'Agenda', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    name: options.name,
    description: options.description,
    url: options.page,
    source: options.source,
    ...(options.refreshSeconds ? { ttl: options.refreshSeconds } : {}),
  });
  // No name for the calendar's own zone: DTSTAMP and LAST-MODIFIED stay in UTC, as RFC 5545 asks;
  // the generator still writes the VTIMEZONE of every zone an event names.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const meeting of meetings) {
    const { when } = meeting;
    const cancelled = Boolean(meeting.cancelled);
    calendar.createEvent({
      id: meeting.uid,
      sequence: sequenceOf(meeting.updated, cancelled),
      stamp: options.now,
      ...(meeting.updated ? { lastModified: meeting.updated } : {}),
      ...(when.allDay
        ? { allDay: true, start: inAmsterdam(when.start.instant), end: inAmsterdam(calendarEnd(when)) }
        : {
            timezone: TIME_ZONE,
            start: inAmsterdam(when.start.instant),
            end: inAmsterdam(calendarEnd(when)),
          }),
      summary: cancelled ? options.cancelledTitle(meeting.title) : meeting.title,
      description: [meeting.cancelled, meeting.summary, meeting.url].filter(Boolean).join('\n\n'),
      location: [meeting.location, meeting.address].filter(Boolean).join(', '),
      url: meeting.url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
