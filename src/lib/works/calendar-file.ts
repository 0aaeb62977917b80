/**
 * "Zet in mijn agenda" for works: one all-day event for the whole period (VALUE=DATE, DTEND the
 * day after the last day), written by the agenda's own calendarText (src/lib/agenda/ical.ts), so
 * works follow the agenda's rules for SEQUENCE (from `updated`, plus one when called off),
 * LAST-MODIFIED and cancelling. The UID is "werkzaamheden-<slug>@westwint.nl": the file name must
 * not change once works are announced, and a meeting with the same file name is another event.
 */
import { CALENDAR_UID_DOMAIN } from '../../consts';
import { worksText } from '../../strings/works';
import type { CalendarMeeting } from '../agenda/ical';
import { calendarText } from '../agenda/ical';
import type { Works } from '../content/types/works';
import { urls } from '../urls/routes';
import { worksTime } from './period';

/** The calendar's event for works; `site` is the site's address. */
export function calendarWorks(works: Works, site: URL): CalendarMeeting {
  const { data } = works;
  return {
    uid: `werkzaamheden-${works.id}@${CALENDAR_UID_DOMAIN}`,
    title: data.title,
    summary: data.summary,
    when: worksTime(data),
    location: worksText.location(data.streets),
    url: new URL(urls.worksItem(works.id), site).href,
    cancelled: data.cancelled,
    updated: data.updated,
  };
}

/** The calendar file of one job of works, as text. */
export function worksCalendar(works: Works, site: URL, siteName: string, now = new Date()): string {
  return calendarText([calendarWorks(works, site)], {
    name: worksText.calendarName(siteName),
    description: worksText.calendarDescription(siteName),
    page: new URL(urls.worksItem(works.id), site).href,
    source: new URL(urls.worksCalendar(works.id), site).href,
    cancelledTitle: worksText.cancelledTitle,
    now,
  });
}
