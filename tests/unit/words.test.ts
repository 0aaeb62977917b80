/**
 * When a meeting is, in Dutch (src/lib/agenda/words.ts), and the agenda by month (months.ts).
 */
import { describe, expect, it } from 'vitest';
import { byMonth } from '../../src/lib/agenda/months';
import { clockText, whenText } from '../../src/lib/agenda/words';
import { moment, when } from '../helpers/meeting-time';

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
