/**
 * The agenda's calendar files, as the endpoints write them: one per meeting ("Zet in mijn
 * agenda", /agenda/<slug>.ics) and one to subscribe to (/agenda.ics): the meetings of the last
 * CALENDAR_PAST_MONTHS months and every coming one, with a name, a refresh interval and its
 * own address. Served as text/calendar; charset=utf-8 (src/lib/security/headers.ts).
 */
import { CALENDAR_PAST_MONTHS, CALENDAR_UID_DOMAIN } from '../../consts';
import { t } from '../../strings/site';
import type { Content } from '../content/content';
import type { Meeting } from '../content/types/meetings';
import { amsterdamDay, startOfAmsterdamDay } from '../dates/amsterdam';
import { urls } from '../urls/routes';
import { calendarText, REFRESH_SECONDS, type CalendarMeeting } from './ical';
import { lastDay, meetingTime } from './when';

function calendarMeeting(meeting: Meeting, site: URL): CalendarMeeting {
  const { data } = meeting;
  return {
    uid: `${meeting.id}@${CALENDAR_UID_DOMAIN}`,
    title: data.title,
    summary: data.summary,
    when: meetingTime(data),
    location: data.location,
    address: data.address,
    url: new URL(urls.meeting(meeting.id), site).href,
    cancelled: data.cancelled,
    updated: data.updated,
  };
}

/** The first day the subscription still holds: CALENDAR_PAST_MONTHS months before today. */
export function subscriptionSince(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const back = new Date(Date.UTC(year, month - 1 - CALENDAR_PAST_MONTHS, 1));
  // The same day of the month, or the month's last day when it has fewer days.
  const lastOfMonth = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  back.setUTCDate(Math.min(day, lastOfMonth));
  return amsterdamDay(startOfAmsterdamDay(back.toISOString().slice(0, 10)));
}

const options = (content: Content, site: URL, source: string) => ({
  name: t.meetingCalendarName(content.settings.name),
  description: t.meetingCalendarDescription(content.settings.name),
  page: new URL(urls.agenda(), site).href,
  source: new URL(source, site).href,
  cancelledTitle: t.meetingCancelledBecause,
  now: new Date(),
});

export function meetingCalendar(content: Content, meeting: Meeting, site: URL): string {
  return calendarText(
    [calendarMeeting(meeting, site)],
    options(content, site, urls.meetingCalendar(meeting.id)),
  );
}

export function subscriptionCalendar(content: Content, site: URL): string {
  const since = subscriptionSince(content.today);
  const meetings = content.items.meetings.filter((m) => lastDay(meetingTime(m.data)) >= since);
  return calendarText(
    meetings.map((m) => calendarMeeting(m, site)),
    { ...options(content, site, urls.agendaCalendar()), refreshSeconds: REFRESH_SECONDS },
  );
}

/** Astro's `site`: calendars hold absolute addresses. */
export function siteOf(site: URL | undefined): URL {
  if (!site)
    throw new Error('De agendabestanden hebben het adres van de site nodig (site in astro.config.mjs).');
  return site;
}

/** For `astro dev`, which sends an endpoint's own headers; a deploy takes them from dist/_headers. */
export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' };
