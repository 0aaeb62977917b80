/**
 * Works (src/lib/content/types/works.ts, src/lib/works/): the period in Dutch, going on, coming and
 * over on a given day, the days the site is built again, every rule of the front matter with the
 * message an editor sees, and whom residents call.
 */
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/lib/content/content';
import { expectation } from '../../src/lib/content/rules/wording';
import { fileProblems, fileSchemas } from '../../src/lib/content/schemas';
import type { Works } from '../../src/lib/content/types/works';
import { works as worksType } from '../../src/lib/content/types/works';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { effectLabels } from '../../src/lib/works/effects';
import { isGoingOn, isNowOrSoon, isOver, periodText, rebuildDays } from '../../src/lib/works/period';
import { contactOf } from '../../src/lib/works/works';
import { namesText } from '../../src/strings/works';

const days = (start: string, end: string) => ({
  start: startOfAmsterdamDay(start),
  end: startOfAmsterdamDay(end),
});

describe('the period of works in Dutch', () => {
  it('from the first day to the last, the year once', () => {
    expect(periodText(days('2027-04-12', '2027-04-30'))).toBe(
      'van maandag 12 april tot en met vrijdag 30 april 2027',
    );
  });
  it('each year when the works cross the new year', () => {
    expect(periodText(days('2026-12-28', '2027-01-08'))).toBe(
      'van maandag 28 december 2026 tot en met vrijdag 8 januari 2027',
    );
  });
  it('one day', () => {
    expect(periodText(days('2027-04-12', '2027-04-12'))).toBe('op maandag 12 april 2027');
  });
  it('the days of the summer-time change are whole days too', () => {
    expect(periodText(days('2027-03-27', '2027-03-29'))).toBe(
      'van zaterdag 27 maart tot en met maandag 29 maart 2027',
    );
  });
  it('streets and effects as residents read them', () => {
    expect(namesText(['Gladiolenstraat'])).toBe('Gladiolenstraat');
    expect(namesText(['Gladiolenstraat', 'Lupinestraat', 'Geraniumstraat'])).toBe(
      'Gladiolenstraat, Lupinestraat en Geraniumstraat',
    );
    expect(effectLabels(['stof', 'weg-afgesloten'])).toEqual(['Weg afgesloten', 'Stof']);
  });
});

describe('works in time', () => {
  const april = days('2027-04-12', '2027-04-30');
  it('are going on from the first day to the last, and over the day after', () => {
    expect(isGoingOn(april, '2027-04-11')).toBe(false);
    expect(isGoingOn(april, '2027-04-12')).toBe(true);
    expect(isGoingOn(april, '2027-04-30')).toBe(true);
    expect(isOver(april, '2027-04-30')).toBe(false);
    expect(isOver(april, '2027-05-01')).toBe(true);
    // The description's `over` is what getContent() and the archive read.
    const data = fileSchemas().works.parse({
      title: 'Riolering',
      summary: 'Nieuwe buizen.',
      start: '2027-04-12',
      end: '2027-04-30',
      streets: ['Geraniumstraat'],
    });
    expect(worksType.over!(data, '2027-04-30')).toBe(false);
    expect(worksType.over!(data, '2027-05-01')).toBe(true);
  });
  it('are on the home page from 14 days before they start', () => {
    expect(isNowOrSoon(april, '2027-03-28')).toBe(false);
    expect(isNowOrSoon(april, '2027-03-29')).toBe(true);
    expect(isNowOrSoon(april, '2027-04-20')).toBe(true);
    expect(isNowOrSoon(april, '2027-05-01')).toBe(false);
  });
  it('the site is built 14 days before, on the first day and the day after the last', () => {
    expect(rebuildDays(april)).toEqual(['2027-03-29', '2027-04-12', '2027-05-01']);
    expect(rebuildDays(days('2027-12-20', '2027-12-31'))).toEqual(['2027-12-06', '2027-12-20', '2028-01-01']);
  });
});

describe('the front matter of works', () => {
  const good = {
    title: 'Nieuwe riolering in de Geraniumstraat',
    summary: 'De straat is dicht voor auto’s.',
    start: '2027-01-18',
    end: '2027-03-05',
    streets: ['Geraniumstraat'],
  };
  const problems = (data: Record<string, unknown>) =>
    fileProblems(fileSchemas().works, data, 'x.md').map(
      ({ field, issue }) => `${field}: ${expectation(issue)}`,
    );

  it('good works pass, written as the editor and YAML write them', () => {
    expect(problems(good)).toEqual([]);
    expect(
      problems({
        ...good,
        start: new Date('2027-01-18T00:00:00Z'),
        end: new Date('2027-01-18T00:00:00Z'),
        effects: ['weg-afgesloten', 'afval-anders', 'stroom-of-water-onderbroken'],
        hours: 'maandag tot en met vrijdag, 7.00 tot 16.00 uur',
        projects: ['park-west'],
        contact: {
          name: 'Gemeente Kerkrade',
          role: 'toezichthouder riolering',
          phone: '14 045',
          urgentPhone: '045 567 8910',
        },
        cancelled: 'Uitgesteld tot het voorjaar.',
        updated: '2027-01-10',
        draft: false,
        aliases: ['/riolering'],
      }),
    ).toEqual([]);
  });

  it('an end before the start', () => {
    expect(problems({ ...good, end: '2027-01-17' })).toEqual([
      'end: de laatste dag (2027-01-17) ligt vóór de eerste dag (2027-01-18)',
    ]);
  });

  it('an effect not in the list', () => {
    expect(problems({ ...good, effects: ['lawaai', 'modder'] })).toEqual([
      'effects.1: verwacht weg-afgesloten, niet-parkeren, lawaai, trillingen, stof, omleiding, afval-anders, stroom-of-water-onderbroken of stoep-afgesloten',
    ]);
  });

  it('no street, or a street that is no text', () => {
    expect(problems({ ...good, streets: [] })).toEqual(['streets: noem ten minste één straat']);
    expect(problems({ ...good, streets: 'Geraniumstraat' })).toEqual([
      'streets: verwacht een lijst van straatnamen uit content/straten.yaml',
    ]);
  });

  it('a contact without a phone number or an e-mail address, and a number that is not Dutch', () => {
    expect(problems({ ...good, contact: { name: 'Gemeente Kerkrade', role: 'toezichthouder' } })).toEqual([
      'contact: geef een telefoonnummer of een e-mailadres, of allebei',
    ]);
    expect(
      problems({
        ...good,
        contact: {
          name: 'Gemeente Kerkrade',
          role: 'toezichthouder',
          phone: '14 045',
          urgentPhone: '+32 2 123 45 67',
        },
      }),
    ).toEqual([
      expect.stringMatching(/^contact\.urgentPhone: "\+32 2 123 45 67" is geen Nederlands telefoonnummer/),
    ]);
  });

  it('a missing day and a day that does not exist', () => {
    expect(problems({ ...good, start: undefined })).toEqual([
      'start: verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2011-12-08',
    ]);
    expect(problems({ ...good, end: '2027-02-30' })).toEqual([
      'end: "2027-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08',
    ]);
  });
});

describe('whom residents call about works', () => {
  const phone = { text: '14 045', href: 'tel:14045' };
  const programme = { name: 'West wint aan ruimte', role: 'informatiepunt', phone };
  const projectContact = { name: 'Gemeente Kerkrade', role: 'projectleider Park West', phone };
  const content = (contacts: unknown[]) =>
    ({
      settings: { contact: programme },
      get: (type: string, id: string) => {
        if (type !== 'projects' || id !== 'park-west') throw new Error(id);
        return { id, data: { contacts } };
      },
    }) as unknown as Content;
  const works = (data: Record<string, unknown>) =>
    ({ id: 'x', data: { projects: [], ...data } }) as unknown as Works;

  it('its own contact first', () => {
    const own = { name: 'HEEMwonen', role: 'wijkbeheerder', phone, urgentPhone: phone };
    expect(
      contactOf(content([projectContact]), works({ contact: own, projects: [{ id: 'park-west' }] })),
    ).toEqual({
      contact: own,
      from: 'own',
    });
  });
  it('else the first contact of its first project', () => {
    expect(
      contactOf(content([projectContact, programme]), works({ projects: [{ id: 'park-west' }] })),
    ).toEqual({
      contact: projectContact,
      from: 'project',
    });
  });
  it('else the programme’s general contact: a letter always carries a number', () => {
    expect(contactOf(content([]), works({ projects: [{ id: 'park-west' }] }))).toEqual({
      contact: programme,
      from: 'programme',
    });
    expect(contactOf(content([projectContact]), works({}))).toEqual({
      contact: programme,
      from: 'programme',
    });
  });
});
