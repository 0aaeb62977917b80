/**
 * The agenda's pure parts: when a meeting is (src/lib/agenda/when.ts), in Dutch (words.ts), as
 * iCalendar (ical.ts, read back by ical.js, a parser of its own), as schema.org Event data, and
 * every rule of the `agenda` front matter with the message an editor sees.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { subscriptionSince } from '../../src/lib/agenda/calendar-files';
import { calendarText, REFRESH_SECONDS, sequenceOf, type CalendarMeeting } from '../../src/lib/agenda/ical';
import { byMonth } from '../../src/lib/agenda/months';
import {
  calendarEnd,
  dayAfter,
  endProblem,
  eventTimes,
  isOver,
  isoOfMoment,
  lastDay,
  meetingTime,
  momentText,
  readMoment,
  type Moment,
} from '../../src/lib/agenda/when';
import { clockText, whenText } from '../../src/lib/agenda/words';
import { expectation } from '../../src/lib/content/rules/wording';
import { fileProblems, fileSchemas } from '../../src/lib/content/schemas';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { eventData, postalAddress } from '../../src/lib/head/structured-data';

const moment = (text: string): Moment => {
  const read = readMoment(text);
  if ('problem' in read) throw new Error(read.problem);
  return read;
};
const when = (start: string, end?: string) =>
  meetingTime({ start: moment(start), end: end ? moment(end) : undefined });

describe('start and end', () => {
  it('a day and a time in Amsterdam, with a space or a T; a day alone is a whole day', () => {
    expect(moment('2027-03-25 19:30')).toEqual({
      day: '2027-03-25',
      time: '19:30',
      instant: new Date('2027-03-25T18:30:00Z'),
    });
    expect(moment('2027-03-25T19:30')).toEqual(moment('2027-03-25 19:30'));
    expect(moment('2027-06-25 19:30').instant.toISOString()).toBe('2027-06-25T17:30:00.000Z'); // summer time
    expect(moment('2027-03-25')).toEqual({
      day: '2027-03-25',
      time: null,
      instant: startOfAmsterdamDay('2027-03-25'),
    });
  });

  it('the night the clocks go forward: 02:30 does not exist; 01:59 and 03:00 do', () => {
    expect(readMoment('2027-03-28 02:30')).toEqual({
      problem: expect.stringContaining(
        'bestaat niet in Nederland: die nacht gaat de klok van 2.00 uur naar 3.00 uur vooruit',
      ),
    });
    expect(readMoment('2027-03-28 02:00')).toHaveProperty('problem');
    expect(moment('2027-03-28 01:59').instant.toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(moment('2027-03-28 03:00').instant.toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('the night the clocks go back: 02:30 comes twice, and the first (summer time) is meant', () => {
    expect(moment('2027-10-31 02:30').instant.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(moment('2027-10-31 03:30').instant.toISOString()).toBe('2027-10-31T02:30:00.000Z');
    // A meeting from 01:30 to 03:30 that night lasts three hours.
    const night = when('2027-10-31 01:30', '2027-10-31 03:30');
    expect(calendarEnd(night).getTime() - night.start.instant.getTime()).toBe(3 * 3_600_000);
  });

  it('refuses what is no day or no time, saying what is expected', () => {
    expect(readMoment('2027-02-30 19:30')).toEqual({
      problem: '"2027-02-30 19:30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-03-25',
    });
    expect(readMoment('2027-03-25 25:00')).toEqual({
      problem: '"2027-03-25 25:00": 25:00 is geen tijd; schrijf uren van 00 tot 23 en minuten van 00 tot 59',
    });
    for (const text of [
      '25-03-2027 19:30',
      '2027-03-25 19.30',
      '2027-03-25 7:30',
      'donderdag',
      '2027-03-25 19:30:00',
    ]) {
      expect(readMoment(text), text).toEqual({
        problem: expect.stringContaining('verwacht een datum met tijd als 2027-03-25 19:30'),
      });
    }
  });

  it('a day YAML read as a Date is that day; a time with seconds YAML read as UTC is refused', () => {
    expect(momentText(new Date('2027-03-25T00:00:00Z'))).toBe('2027-03-25');
    expect(momentText(new Date('2027-03-25T19:30:00Z'))).toEqual({
      problem: expect.stringContaining('schrijf de tijd zonder seconden'),
    });
  });

  it('an end is written like its start and does not come before it', () => {
    expect(endProblem(moment('2027-03-25 19:30'), moment('2027-03-25 19:00'))).toBe(
      'het einde (2027-03-25 19:00) ligt vóór het begin (2027-03-25 19:30)',
    );
    expect(endProblem(moment('2027-03-25'), moment('2027-03-24'))).toBe(
      'het einde (2027-03-24) ligt vóór het begin (2027-03-25)',
    );
    expect(endProblem(moment('2027-03-25 19:30'), moment('2027-03-25'))).toMatch(
      /^schrijf end net als start: een datum met tijd/,
    );
    expect(endProblem(moment('2027-03-25'), moment('2027-03-26 12:00'))).toMatch(
      /^schrijf end net als start: alleen een datum/,
    );
    expect(endProblem(moment('2027-03-25 19:30'), moment('2027-03-25 19:30'))).toBeNull();
  });

  it('the last day, when it is over, and the day the daily build moves it to the archive', () => {
    expect(lastDay(when('2027-03-25 19:30'))).toBe('2027-03-25');
    expect(lastDay(when('2027-03-25', '2027-03-27'))).toBe('2027-03-27');
    expect(lastDay(when('2027-03-25 20:00', '2027-03-26 00:00'))).toBe('2027-03-25');
    expect(isOver(when('2027-03-25 19:30'), '2027-03-25')).toBe(false);
    expect(isOver(when('2027-03-25 19:30'), '2027-03-26')).toBe(true);
    expect(dayAfter('2027-03-27')).toBe('2027-03-28');
    expect(dayAfter('2027-03-28')).toBe('2027-03-29'); // a 23-hour day
    expect(dayAfter('2027-10-31')).toBe('2027-11-01'); // a 25-hour day
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });

  it('without an end, a calendar gives a meeting an hour; an all-day meeting ends the next day', () => {
    expect(calendarEnd(when('2027-03-25 19:30')).toISOString()).toBe('2027-03-25T19:30:00.000Z');
    expect(calendarEnd(when('2027-03-25')).toISOString()).toBe(
      startOfAmsterdamDay('2027-03-26').toISOString(),
    );
    expect(calendarEnd(when('2027-03-25', '2027-03-27')).toISOString()).toBe(
      startOfAmsterdamDay('2027-03-28').toISOString(),
    );
  });

  it('times for HTML and schema.org carry Amsterdam’s offset', () => {
    expect(isoOfMoment(moment('2027-03-25 19:30'))).toBe('2027-03-25T19:30+01:00');
    expect(isoOfMoment(moment('2027-03-25'))).toBe('2027-03-25');
    expect(eventTimes(when('2027-06-25 19:30', '2027-06-25 21:00'))).toEqual({
      start: '2027-06-25T19:30:00+02:00',
      end: '2027-06-25T21:00:00+02:00',
    });
    expect(eventTimes(when('2027-03-25', '2027-03-27'))).toEqual({ start: '2027-03-25', end: '2027-03-27' });
  });
});

describe('in Dutch', () => {
  it('day and time as residents read them', () => {
    expect(whenText(when('2017-04-22 13:00', '2017-04-22 17:00'))).toBe(
      'zaterdag 22 april 2017, 13.00 tot 17.00 uur',
    );
    expect(whenText(when('2027-03-25 19:30'))).toBe('donderdag 25 maart 2027, 19.30 uur');
    expect(whenText(when('2027-03-25 09:30', '2027-03-25 11:00'))).toBe(
      'donderdag 25 maart 2027, 9.30 tot 11.00 uur',
    );
    expect(whenText(when('2027-03-25'))).toBe('donderdag 25 maart 2027');
    expect(whenText(when('2027-10-01', '2027-10-03'))).toBe(
      'vrijdag 1 oktober tot en met zondag 3 oktober 2027',
    );
    expect(whenText(when('2027-12-31', '2028-01-01'))).toBe(
      'vrijdag 31 december 2027 tot en met zaterdag 1 januari 2028',
    );
    expect(whenText(when('2027-10-01 20:00', '2027-10-02 02:00'))).toBe(
      'vrijdag 1 oktober 2027, 20.00 uur tot zaterdag 2 oktober 2027, 2.00 uur',
    );
    expect(clockText('00:05')).toBe('0.05');
  });

  it('months as the agenda’s headings, in the order given', () => {
    const item = (start: string) => ({ data: { start: moment(start) } });
    expect(
      byMonth([item('2027-01-21 19:30'), item('2027-01-28 19:30'), item('2027-03-02')]).map((g) => [
        g.month,
        g.items.length,
      ]),
    ).toEqual([
      ['januari 2027', 2],
      ['maart 2027', 1],
    ]);
  });
});

/** Reads a calendar with ical.js, registering its time zones as a calendar app does. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((component) => ({ component, event: new ICAL.Event(component) }));
  return { calendar, events };
}

describe('iCalendar', () => {
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

describe('schema.org Event', () => {
  const organiser = {
    name: 'West wint aan ruimte',
    description: '',
    url: 'https://www.westwint.nl/',
    logo: '',
    sameAs: [],
  };
  const base = {
    name: 'Informatiemarkt West',
    description: 'Een middag vol informatie.',
    url: 'https://www.westwint.nl/agenda/informatiemarkt/',
    image: 'https://www.westwint.nl/og-image.png',
    start: '2017-04-22T13:00:00+02:00',
    end: '2017-04-22T17:00:00+02:00',
    organiser,
  };

  it('a place with its postal address, scheduled or cancelled', () => {
    const data = eventData({
      ...base,
      cancelled: false,
      location: 'Auw Noeëdkirch',
      address: 'Ons Limburgstraat 57, Kerkrade',
    });
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2017-04-22T13:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Auw Noeëdkirch',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Ons Limburgstraat 57',
          addressLocality: 'Kerkrade',
          addressCountry: 'NL',
        },
      },
    });
    expect(eventData({ ...base, cancelled: true, location: 'online' })).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
      location: { '@type': 'VirtualLocation' },
    });
    expect(postalAddress('Kampstraat 1, 6466 AB Kerkrade')).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Kampstraat 1',
      postalCode: '6466 AB',
      addressLocality: 'Kerkrade',
      addressCountry: 'NL',
    });
    expect(postalAddress(undefined)).toEqual({
      '@type': 'PostalAddress',
      addressLocality: 'Kerkrade',
      addressCountry: 'NL',
    });
  });
});

describe('the agenda’s front matter', () => {
  const good = {
    title: 'Bewonersavond',
    summary: 'Kom meepraten.',
    start: '2027-03-25 19:30',
    location: "Buurthuis 't Westhoes",
  };
  const problems = (data: Record<string, unknown>) =>
    fileProblems(fileSchemas().meetings, data, 'x.md').map(
      ({ field, issue }) => `${field}: ${expectation(issue)}`,
    );

  it('good meetings pass, written as the editor and YAML write them', () => {
    expect(problems(good)).toEqual([]);
    expect(
      problems({
        ...good,
        start: new Date('2027-03-25T00:00:00Z'),
        end: '2027-03-26',
        projects: ['park-west'],
        neighbourhoods: ['heilust'],
        address: 'Kampstraat, Kerkrade',
        cancelled: 'Te weinig aanmeldingen.',
        updated: '2027-03-01',
        draft: false,
        aliases: ['/bewonersavond'],
      }),
    ).toEqual([]);
  });

  it('each mistake names the field and what is expected', () => {
    expect(problems({ ...good, end: '2027-03-25 19:00' })).toEqual([
      'end: het einde (2027-03-25 19:00) ligt vóór het begin (2027-03-25 19:30)',
    ]);
    expect(problems({ ...good, start: '2027-03-28 02:30' })).toEqual([
      expect.stringMatching(/^start: "2027-03-28 02:30" bestaat niet in Nederland/),
    ]);
    expect(problems({ ...good, start: '2027-02-30 19:30' })).toEqual([
      'start: "2027-02-30 19:30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-03-25',
    ]);
    expect(problems({ ...good, cancelled: '' })).toEqual([
      'cancelled: de reden dat de bijeenkomst niet doorgaat mag niet leeg zijn',
    ]);
    expect(problems({ ...good, cancelled: true })).toEqual([
      'cancelled: verwacht de reden dat de bijeenkomst niet doorgaat (tekst)',
    ]);
    expect(problems({ ...good, start: undefined })).toEqual([
      'start: verwacht een datum met tijd als 2027-03-25 19:30, of alleen een datum (2027-03-25) voor een hele dag',
    ]);
    expect(problems({ ...good, location: undefined })).toEqual(['location: verwacht een plaats (tekst)']);
    expect(problems({ ...good, afgelast: 'ja' })).toEqual([expect.stringMatching(/afgelast/)]);
  });
});
