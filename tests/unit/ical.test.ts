/**
 * Meetings as iCalendar (src/lib/agenda/ical.ts), read back by ical.js, a parser of its own, as a calendar app reads them.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { subscriptionSince } from '../../src/lib/agenda/calendar-files';
import { calendarText, REFRESH_SECONDS, sequenceOf, type CalendarMeeting } from '../../src/lib/agenda/ical';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { when } from '../helpers/meeting-time';

describe('iCalendar', () => {
  /** Reads a calendar with ical.js, registering its time zones as a calendar app does. */
  function parse(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((component) => ({ component, event: new ICAL.Event(component) }));
    return { calendar, events };
  }

  const meeting = (over: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
    uid: 'bewonersavond@westwint.nl',
    title: 'Bewonersavond Park West',
    summary: 'Kom meepraten.',
    when: when('2027-03-25 19:30', '2027-03-25 21:00'),
    location: "Buurthuis 't Westhoes",
    address: 'Kampstraat, Kerkrade',
    url: 'https://www.westwint.nl/agenda/bewonersavond/',
    ...over,
  });
  const options = {
    name: 'Agenda West wint aan ruimte',
    description: 'De bijeenkomsten.',
    page: 'https://www.westwint.nl/agenda/',
    source: 'https://www.westwint.nl/agenda.ics',
    cancelledTitle: (t: string) => `Afgelast: ${t}`,
    now: new Date('2026-12-01T10:00:00Z'),
  };

  it('times with TZID in Amsterdam and its VTIMEZONE, read back to the right instants on both sides of the clock change', () => {
    const text = calendarText(
      [
        meeting(),
        meeting({ uid: 'zomer@westwint.nl', when: when('2027-06-25 19:30') }),
        meeting({ uid: 'nacht@westwint.nl', when: when('2027-10-31 01:30', '2027-10-31 03:30') }),
      ],
      options,
    );
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270325T193000');
    const { calendar, events } = parse(text);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Amsterdam',
    );
    const [winter, summer, night] = events.map((e) => e.event);
    expect(winter!.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(winter!.startDate.toJSDate().toISOString()).toBe('2027-03-25T18:30:00.000Z');
    expect(winter!.endDate.toJSDate().toISOString()).toBe('2027-03-25T20:00:00.000Z');
    expect(summer!.startDate.toJSDate().toISOString()).toBe('2027-06-25T17:30:00.000Z');
    // No end: an hour.
    expect(summer!.endDate.toJSDate().toISOString()).toBe('2027-06-25T18:30:00.000Z');
    expect(night!.endDate.toJSDate().getTime() - night!.startDate.toJSDate().getTime()).toBe(3 * 3_600_000);
  });

  it('an all-day meeting is VALUE=DATE, its DTEND the day after its last day', () => {
    const text = calendarText([meeting({ when: when('2027-04-22', '2027-04-23') })], options);
    expect(text).toContain('DTSTART;VALUE=DATE:20270422');
    expect(text).toContain('DTEND;VALUE=DATE:20270424');
    const { event } = parse(text).events[0]!;
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-04-22');
    expect(event.endDate.toString()).toBe('2027-04-24');
  });

  it('a stable UID, and SEQUENCE, LAST-MODIFIED and STATUS that follow a move and a cancellation', () => {
    const before = parse(calendarText([meeting()], options)).events[0]!;
    const moved = parse(
      calendarText(
        [
          meeting({
            when: when('2027-03-30 19:30', '2027-03-30 21:00'),
            updated: startOfAmsterdamDay('2027-03-10'),
          }),
        ],
        options,
      ),
    ).events[0]!;
    const cancelled = parse(
      calendarText(
        [
          meeting({
            when: when('2027-03-30 19:30', '2027-03-30 21:00'),
            updated: startOfAmsterdamDay('2027-03-10'),
            cancelled: 'De zaal is niet beschikbaar.',
          }),
        ],
        options,
      ),
    ).events[0]!;
    expect([before, moved, cancelled].map((e) => e.event.uid)).toEqual([
      'bewonersavond@westwint.nl',
      'bewonersavond@westwint.nl',
      'bewonersavond@westwint.nl',
    ]);
    const sequences = [before, moved, cancelled].map((e) => e.event.sequence);
    expect(sequences[0]).toBe(0);
    expect(sequences[1]).toBeGreaterThan(sequences[0]!);
    expect(sequences[2]).toBeGreaterThan(sequences[1]!);
    expect(before.component.getFirstPropertyValue('last-modified')).toBeNull();
    expect(moved.component.getFirstPropertyValue('last-modified')!.toString()).toBe('2027-03-09T23:00:00Z');
    expect(before.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.summary).toBe('Afgelast: Bewonersavond Park West');
    expect(cancelled.event.description).toMatch(/^De zaal is niet beschikbaar\./);
    // Moved and called off on a later day, the sequence still grows.
    expect(sequenceOf(startOfAmsterdamDay('2027-03-11'), false)).toBeGreaterThan(
      sequenceOf(startOfAmsterdamDay('2027-03-10'), true),
    );
  });

  it('DTSTAMP in UTC; lines of at most 75 octets, ended by CRLF; long Dutch text with accents read back whole', () => {
    const title =
      'Bewonersavond: één avond over ’t Westhoes, de Geraniumstraat, crèche én café — iedereen uit Heilust, Kaalheide en Spekholzerheide is van harte welkom';
    const text = calendarText(
      [
        meeting({
          title,
          summary: 'Ça va? Naïeve ideeën over privé-tuinen, coöperaties en reünies. '.repeat(6),
        }),
      ],
      options,
    );
    expect(text).toMatch(/\r\nDTSTAMP:20261201T100000Z\r\n/);
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(4);
    const { event } = parse(text).events[0]!;
    expect(event.summary).toBe(title);
    expect(event.description).toContain('Naïeve ideeën over privé-tuinen, coöperaties en reünies.');
    expect(event.location).toBe("Buurthuis 't Westhoes, Kampstraat, Kerkrade");
  });

  it('a calendar to subscribe to has a name, a refresh interval and its own address', () => {
    const { calendar } = parse(calendarText([meeting()], { ...options, refreshSeconds: REFRESH_SECONDS }));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda West wint aan ruimte');
    expect(calendar.getFirstPropertyValue('name')).toBe('Agenda West wint aan ruimte');
    expect(calendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT12H');
    expect(calendar.getFirstPropertyValue('source')).toBe('https://www.westwint.nl/agenda.ics');
    expect(subscriptionSince('2026-12-01')).toBe('2026-09-01');
    expect(subscriptionSince('2027-05-31')).toBe('2027-02-28');
  });
});
