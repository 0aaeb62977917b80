/**
 * A planning in phases (src/lib/planning/phases.ts): a month or a day, the order, the marks on a
 * given day, the periods in Dutch and the days the site is built again.
 */
import { describe, expect, it } from 'vitest';
import {
  inOrder,
  periodText,
  phaseEndProblem,
  phaseMark,
  phaseRebuildDays,
  readPlanPoint,
  type Phase,
  type PlanPoint,
} from '../../src/lib/planning/phases';

const point = (text: string): PlanPoint => {
  const read = readPlanPoint(text);
  if ('problem' in read) throw new Error(read.problem);
  return read;
};
const phase = (title: string, start: string, end?: string): Phase => ({
  title,
  start: point(start),
  ...(end ? { end: point(end) } : {}),
});

describe('a month or a day', () => {
  it('a month covers its days, February of a leap year too; a day itself', () => {
    expect(readPlanPoint('2027-03')).toEqual({
      form: 'month',
      written: '2027-03',
      first: '2027-03-01',
      last: '2027-03-31',
    });
    expect(point('2028-02').last).toBe('2028-02-29');
    expect(point('2027-02').last).toBe('2027-02-28');
    expect(point('2027-12').last).toBe('2027-12-31');
    expect(readPlanPoint(' 2027-03-15 ')).toEqual({
      form: 'day',
      written: '2027-03-15',
      first: '2027-03-15',
      last: '2027-03-15',
    });
  });

  it('refuses a month or a day that does not exist, and other forms, in the build’s words', () => {
    expect(readPlanPoint('2027-13')).toEqual({
      problem: '"2027-13" is geen bestaande maand; schrijf JJJJ-MM, bijvoorbeeld 2027-03',
    });
    expect(readPlanPoint('2027-00')).toHaveProperty('problem');
    expect(readPlanPoint('2027-02-30')).toEqual({
      problem: '"2027-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-03-15',
    });
    for (const text of ['maart 2027', '03-2027', '2027', '2027-3', '15-03-2027'])
      expect(readPlanPoint(text), text).toEqual({
        problem: `"${text}": verwacht een maand als 2027-03 of een dag als 2027-03-15`,
      });
  });
});

describe('a phase that ends before it starts', () => {
  it('is refused, whether written as months or days', () => {
    expect(phaseEndProblem(point('2027-03'), point('2027-02'))).toBe(
      'het einde (2027-02) ligt vóór het begin (2027-03); een fase kan niet eindigen voordat ze begint',
    );
    expect(phaseEndProblem(point('2027-03-15'), point('2027-03-14'))).toMatch(/^het einde \(2027-03-14\)/);
    expect(phaseEndProblem(point('2027-03-01'), point('2027-02'))).toMatch(/^het einde \(2027-02\)/);
  });

  it('an end on its start, or in the month it starts, is fine', () => {
    expect(phaseEndProblem(point('2027-03'), point('2027-03'))).toBeNull();
    expect(phaseEndProblem(point('2027-03-15'), point('2027-03-15'))).toBeNull();
    expect(phaseEndProblem(point('2027-03-15'), point('2027-03'))).toBeNull();
    expect(phaseEndProblem(point('2027-03'), point('2027-06-30'))).toBeNull();
  });
});

describe('the phase marks on a given day', () => {
  const building = phase('Bouw', '2027-03', '2027-06');

  it('later before its first day, now from its first to its last day, done after', () => {
    expect(phaseMark(building, '2027-02-28')).toBe('later');
    expect(phaseMark(building, '2027-03-01')).toBe('now');
    expect(phaseMark(building, '2027-05-10')).toBe('now');
    expect(phaseMark(building, '2027-06-30')).toBe('now');
    expect(phaseMark(building, '2027-07-01')).toBe('done');
  });

  it('a phase without an end lasts the month or the day it starts', () => {
    const march = phase('Maart', '2027-03');
    expect(phaseMark(march, '2027-03-31')).toBe('now');
    expect(phaseMark(march, '2027-04-01')).toBe('done');
    const opening = phase('Opening', '2027-03-15');
    expect(phaseMark(opening, '2027-03-14')).toBe('later');
    expect(phaseMark(opening, '2027-03-15')).toBe('now');
    expect(phaseMark(opening, '2027-03-16')).toBe('done');
  });
});

describe('periods in Dutch', () => {
  it('months and days with their Dutch names, "tot" between start and end', () => {
    expect(periodText(phase('Bouw', '2027-03', '2027-06'))).toBe('maart 2027 tot juni 2027');
    expect(periodText(phase('Opening', '2027-03-15'))).toBe('15 maart 2027');
    expect(periodText(phase('Maart', '2027-03'))).toBe('maart 2027');
    expect(periodText(phase('Sloop', '2011-12-08', '2012-04'))).toBe('8 december 2011 tot april 2012');
    expect(periodText(phase('Straat', '2027-04-12', '2027-04-30'))).toBe('12 april 2027 tot 30 april 2027');
  });

  it('an end the same as its start is said once', () => {
    expect(periodText(phase('Bouw', '2027-03', '2027-03'))).toBe('maart 2027');
    expect(periodText(phase('Dag', '2027-03-15', '2027-03-15'))).toBe('15 maart 2027');
  });
});

describe('the order of the phases', () => {
  it('by first day, then by last day; phases that start and end together keep the editor’s order', () => {
    const phases = [
      phase('Oplevering', '2027-09-01'),
      phase('Sloop', '2027-03', '2027-06'),
      phase('Bouw A', '2027-07', '2027-12'),
      phase('Bouw B', '2027-07', '2027-12'),
      phase('Inloopavond', '2027-03-01'),
    ];
    expect(inOrder(phases).map((p) => p.title)).toEqual([
      'Inloopavond',
      'Sloop',
      'Bouw A',
      'Bouw B',
      'Oplevering',
    ]);
    // The phases themselves are left as they are.
    expect(phases[0]!.title).toBe('Oplevering');
  });
});

describe('the days the site is built again', () => {
  it('each phase’s first day and the day after its last: a month phase from its first day to the first of the month after its end', () => {
    expect(
      phaseRebuildDays([
        phase('Bouw', '2027-03', '2027-06'),
        phase('Opening', '2027-12-31'),
        phase('Februari', '2028-02'),
      ]),
    ).toEqual(['2027-03-01', '2027-07-01', '2027-12-31', '2028-01-01', '2028-02-01', '2028-03-01']);
    expect(phaseRebuildDays([])).toEqual([]);
  });
});
