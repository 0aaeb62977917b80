/**
 * When a meeting is (src/lib/agenda/when.ts): start and end in Amsterdam time, whole days, and both nights a year the clocks change.
 */
import { describe, expect, it } from 'vitest';
import {
  calendarEnd,
  dayAfter,
  endProblem,
  eventTimes,
  isOver,
  isoOfMoment,
  lastDay,
  momentText,
  readMoment,
} from '../../src/lib/agenda/when';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { moment, when } from '../helpers/meeting-time';

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
