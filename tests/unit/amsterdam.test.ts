import { describe, expect, it } from 'vitest';
import {
  amsterdamDay,
  amsterdamYear,
  formatDate,
  groupByYear,
  isCalendarDay,
  isoInAmsterdam,
  isPublishedBy,
  rfc822InAmsterdam,
  startOfAmsterdamDay,
} from '../../src/lib/dates/amsterdam';

describe('isCalendarDay', () => {
  it('accepts real days, including 29 February in a leap year', () => {
    expect(isCalendarDay('2011-12-08')).toBe(true);
    expect(isCalendarDay('2012-02-29')).toBe(true);
    expect(isCalendarDay('2000-02-29')).toBe(true);
    expect(isCalendarDay('2011-12-31')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isCalendarDay('2011-02-30')).toBe(false);
    expect(isCalendarDay('2011-02-29')).toBe(false);
    expect(isCalendarDay('1900-02-29')).toBe(false);
    expect(isCalendarDay('2011-04-31')).toBe(false);
    expect(isCalendarDay('2011-13-01')).toBe(false);
    expect(isCalendarDay('2011-00-10')).toBe(false);
    expect(isCalendarDay('2011-12-00')).toBe(false);
  });

  it('rejects every other way of writing a date', () => {
    for (const text of [
      '2011-2-3',
      '11-12-08',
      '08-12-2011',
      '2011/12/08',
      '8 december 2011',
      '2011-12-08T00:00',
      ' 2011-12-08',
      '2011-12-08 ',
      '',
      '20111208',
    ]) {
      expect(isCalendarDay(text), text).toBe(false);
    }
  });
});

describe('startOfAmsterdamDay', () => {
  it('is 23:00 UTC the day before in winter time', () => {
    expect(startOfAmsterdamDay('2011-12-08').toISOString()).toBe('2011-12-07T23:00:00.000Z');
    expect(startOfAmsterdamDay('2012-01-01').toISOString()).toBe('2011-12-31T23:00:00.000Z');
  });

  it('is 22:00 UTC the day before in summer time', () => {
    expect(startOfAmsterdamDay('2012-07-01').toISOString()).toBe('2012-06-30T22:00:00.000Z');
  });

  it('uses the offset of midnight on the days the clocks change', () => {
    // Clocks go forward at 02:00 on 25 March 2012 and back at 03:00 on 28 October 2012:
    // midnight of both days still has the offset of the day before.
    expect(startOfAmsterdamDay('2012-03-25').toISOString()).toBe('2012-03-24T23:00:00.000Z');
    expect(startOfAmsterdamDay('2012-03-26').toISOString()).toBe('2012-03-25T22:00:00.000Z');
    expect(startOfAmsterdamDay('2012-10-28').toISOString()).toBe('2012-10-27T22:00:00.000Z');
    expect(startOfAmsterdamDay('2012-10-29').toISOString()).toBe('2012-10-28T23:00:00.000Z');
  });

  it('refuses a day that does not exist', () => {
    expect(() => startOfAmsterdamDay('2011-02-30')).toThrow(/2011-02-30/);
  });
});

describe('amsterdamDay', () => {
  it('round-trips with startOfAmsterdamDay, also around the clock changes', () => {
    for (const day of ['2011-12-08', '2012-02-29', '2012-03-25', '2012-07-01', '2012-10-28', '2012-12-31']) {
      expect(amsterdamDay(startOfAmsterdamDay(day))).toBe(day);
    }
  });

  it('gives the Amsterdam day, not the UTC day, late in the evening UTC', () => {
    expect(amsterdamDay(new Date('2011-12-07T23:30:00Z'))).toBe('2011-12-08');
    expect(amsterdamDay(new Date('2011-12-07T22:59:59Z'))).toBe('2011-12-07');
    expect(amsterdamDay(new Date('2012-06-30T22:00:00Z'))).toBe('2012-07-01');
  });

  it('puts New Year’s Eve evening UTC in the next Amsterdam year', () => {
    expect(amsterdamYear(new Date('2012-12-31T23:30:00Z'))).toBe(2013);
  });
});

describe('formatDate', () => {
  it('writes the day as Dutch readers expect', () => {
    expect(formatDate(startOfAmsterdamDay('2011-12-08'))).toBe('8 december 2011');
    expect(formatDate(startOfAmsterdamDay('2012-07-01'))).toBe('1 juli 2012');
    expect(formatDate(startOfAmsterdamDay('2012-03-25'))).toBe('25 maart 2012');
  });

  it('uses the Amsterdam day of an instant', () => {
    expect(formatDate(new Date('2011-12-07T23:00:00Z'))).toBe('8 december 2011');
  });
});

describe('groupByYear', () => {
  const items = ['2013-05-01', '2013-01-15', '2012-12-31', '2011-12-08', '2011-01-01'].map((day) => ({
    day,
    date: startOfAmsterdamDay(day),
  }));

  it('groups by Amsterdam year, newest year first, keeping the order within a year', () => {
    const groups = groupByYear(items, (item) => item.date);
    expect(groups.map((g) => g.year)).toEqual([2013, 2012, 2011]);
    expect(groups.map((g) => g.items.map((i) => i.day))).toEqual([
      ['2013-05-01', '2013-01-15'],
      ['2012-12-31'],
      ['2011-12-08', '2011-01-01'],
    ]);
  });

  it('files 1 January by its Amsterdam year although it starts on 31 December UTC', () => {
    const groups = groupByYear([{ date: startOfAmsterdamDay('2012-01-01') }], (item) => item.date);
    expect(groups).toEqual([{ year: 2012, items: [{ date: startOfAmsterdamDay('2012-01-01') }] }]);
  });

  it('sorts years even when the items are not sorted', () => {
    const shuffled = [items[3]!, items[0]!, items[2]!];
    expect(groupByYear(shuffled, (item) => item.date).map((g) => g.year)).toEqual([2013, 2012, 2011]);
  });

  it('returns nothing for nothing', () => {
    expect(groupByYear([], (item: { date: Date }) => item.date)).toEqual([]);
  });
});

describe('isPublishedBy', () => {
  const day = startOfAmsterdamDay('2012-07-01');

  it('publishes an item from the first moment of its Amsterdam day', () => {
    expect(isPublishedBy(day, new Date('2012-06-30T22:00:00Z'))).toBe(true);
    expect(isPublishedBy(day, new Date('2012-07-01T12:00:00Z'))).toBe(true);
  });

  it('does not publish it a second earlier (still 30 June in Amsterdam)', () => {
    expect(isPublishedBy(day, new Date('2012-06-30T21:59:59Z'))).toBe(false);
  });

  it('keeps a future item back', () => {
    expect(isPublishedBy(startOfAmsterdamDay('2099-01-01'), new Date('2024-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('rfc822InAmsterdam', () => {
  it('prints a winter day as that day with +0100', () => {
    expect(rfc822InAmsterdam(startOfAmsterdamDay('2011-12-08'))).toBe('Thu, 08 Dec 2011 00:00:00 +0100');
  });

  it('prints a summer day with +0200', () => {
    expect(rfc822InAmsterdam(startOfAmsterdamDay('2011-06-01'))).toBe('Wed, 01 Jun 2011 00:00:00 +0200');
  });

  it('keeps the day on both daylight-saving switches', () => {
    expect(rfc822InAmsterdam(startOfAmsterdamDay('2012-03-25'))).toBe('Sun, 25 Mar 2012 00:00:00 +0100');
    expect(rfc822InAmsterdam(startOfAmsterdamDay('2012-10-28'))).toBe('Sun, 28 Oct 2012 00:00:00 +0200');
  });

  it('denotes the same instant as the date it prints', () => {
    const instant = startOfAmsterdamDay('2011-12-08');
    expect(new Date(rfc822InAmsterdam(instant)).getTime()).toBe(instant.getTime());
  });

  it('prints times other than midnight in Amsterdam time', () => {
    expect(rfc822InAmsterdam(new Date('2024-01-31T23:30:05Z'))).toBe('Thu, 01 Feb 2024 00:30:05 +0100');
  });
});

describe('isoInAmsterdam', () => {
  it('gives the Amsterdam day and offset', () => {
    expect(isoInAmsterdam(startOfAmsterdamDay('2011-12-08'))).toBe('2011-12-08T00:00:00+01:00');
    expect(isoInAmsterdam(startOfAmsterdamDay('2013-07-15'))).toBe('2013-07-15T00:00:00+02:00');
  });
});
