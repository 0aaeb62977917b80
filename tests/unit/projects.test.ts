/**
 * A project's contacts and planning (src/lib/content/types/projects.ts, with the kinds of field in
 * contact.ts and planning.ts): each rule with the line the build stops with, the values the pages
 * get, and the days the site is built again.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { contact, phone } from '../../src/lib/content/contact';
import { fileProblems, fileSchemas } from '../../src/lib/content/schemas';
import { problemLine } from '../../src/lib/content/rules/wording';
import { projects } from '../../src/lib/content/types/projects';

const FILE = 'content/projecten/park-west.md';
const good = {
  title: 'Park West',
  summary: 'Een park.',
  theme: 'natuur-en-duurzaamheid',
  neighbourhoods: ['heilust'],
  status: 'in-uitvoering',
};
const schema = () => fileSchemas().projects;
const lines = (data: Record<string, unknown>) =>
  fileProblems(schema(), { ...good, ...data }, FILE).map(problemLine);
const read = (data: Record<string, unknown>) => schema().parse({ ...good, ...data });

describe('contacts', () => {
  it('a contact with a phone number, an e-mail address or both; the number as residents see it and as the link dials it', () => {
    const { contacts } = read({
      contacts: [
        {
          name: 'Gemeente Kerkrade',
          role: 'projectleider Park West',
          phone: '14 045',
          email: 'info@westwint.nl',
        },
        { name: 'HEEMwonen', role: 'woonconsulent HEEMwonen', phone: '045-1234567' },
        { name: 'West wint aan ruimte', role: 'het programma', email: ' info@westwint.nl ' },
      ],
    });
    expect(contacts).toEqual([
      {
        name: 'Gemeente Kerkrade',
        role: 'projectleider Park West',
        phone: { text: '14 045', href: 'tel:14045' },
        email: 'info@westwint.nl',
      },
      {
        name: 'HEEMwonen',
        role: 'woonconsulent HEEMwonen',
        phone: { text: '045 123 4567', href: 'tel:+31451234567' },
      },
      { name: 'West wint aan ruimte', role: 'het programma', email: 'info@westwint.nl' },
    ]);
    expect(read({}).contacts).toEqual([]);
  });

  it('a number that is no Dutch number, on the contact’s phone field', () => {
    expect(
      lines({ contacts: [{ name: 'Gemeente Kerkrade', role: 'projectleider', phone: '045 12' }] }),
    ).toEqual([
      'content/projecten/park-west.md: veld "contacts.0.phone": "045 12" is geen Nederlands telefoonnummer; schrijf het hele nummer met netnummer, bijvoorbeeld 045 123 4567 of 14 045',
    ]);
  });

  it('a number YAML read as a number (its 0 is gone): write it with spaces or in quotes', () => {
    expect(
      lines({ contacts: [{ name: 'Gemeente Kerkrade', role: 'projectleider', phone: 451234567 }] }),
    ).toEqual([
      'content/projecten/park-west.md: veld "contacts.0.phone": verwacht een telefoonnummer met spaties, bijvoorbeeld 045 123 4567 of 14 045; of zet het nummer tussen aanhalingstekens: "0451234567"',
    ]);
  });

  it('a contact with neither a phone number nor an e-mail address, on the contact', () => {
    expect(
      lines({
        contacts: [
          { name: 'Gemeente Kerkrade', role: 'projectleider', phone: '14 045' },
          { name: 'HEEMwonen', role: 'woonconsulent' },
        ],
      }),
    ).toEqual([
      'content/projecten/park-west.md: veld "contacts.1": geef een telefoonnummer of een e-mailadres, of allebei',
    ]);
  });

  it('an e-mail address that is none, a missing name or role, and an unknown field', () => {
    expect(
      lines({
        contacts: [
          { name: 'Gemeente Kerkrade', role: 'projectleider', email: 'info@westwint' },
          { role: 'projectleider', phone: '14 045' },
          { name: 'Gemeente Kerkrade', role: '', phone: '14 045' },
          { name: 'Gemeente Kerkrade', role: 'projectleider', phone: '14 045', emial: 'info@westwint.nl' },
        ],
      }),
    ).toEqual([
      `${FILE}: veld "contacts.0.email": verwacht een e-mailadres, bijvoorbeeld info@westwint.nl`,
      `${FILE}: veld "contacts.1.name": verwacht een naam (tekst)`,
      `${FILE}: veld "contacts.2.role": een functie mag niet leeg zijn`,
      `${FILE}: veld "contacts.3": onbekend veld "emial" (bedoelt u "email"?); toegestane velden zijn: name, role, phone, email`,
    ]);
  });

  it('the same contact with a field more, for a type that needs one', () => {
    const withUrgent = contact({ urgentPhone: phone({ label: 'Spoednummer' }).optional() });
    expect(
      withUrgent.parse({
        name: 'Aannemer',
        role: 'uitvoerder',
        email: 'info@westwint.nl',
        urgentPhone: '14 045',
      }),
    ).toEqual({
      name: 'Aannemer',
      role: 'uitvoerder',
      email: 'info@westwint.nl',
      urgentPhone: { text: '14 045', href: 'tel:14045' },
    });
    const problems = withUrgent.safeParse({ name: 'Aannemer', role: 'uitvoerder', urgentPhone: '14 045' });
    expect(problems.error?.issues.map((issue) => issue.message)).toEqual([
      'geef een telefoonnummer of een e-mailadres, of allebei',
    ]);
    expect(z.toJSONSchema(withUrgent, { io: 'input' }).required).toEqual(['name', 'role']);
  });
});

describe('phases', () => {
  it('a month or a day, as YAML reads it (an unquoted day is a date) and as the editor writes it', () => {
    const { phases } = read({
      phases: [
        { title: 'Sloop', start: new Date('2011-12-08T00:00:00Z'), end: '2012-04' },
        { title: 'Bouw', start: '2027-03', end: '2027-06', description: 'Er wordt gebouwd.' },
      ],
    });
    expect(phases).toEqual([
      {
        title: 'Sloop',
        start: { form: 'day', written: '2011-12-08', first: '2011-12-08', last: '2011-12-08' },
        end: { form: 'month', written: '2012-04', first: '2012-04-01', last: '2012-04-30' },
      },
      {
        title: 'Bouw',
        start: { form: 'month', written: '2027-03', first: '2027-03-01', last: '2027-03-31' },
        end: { form: 'month', written: '2027-06', first: '2027-06-01', last: '2027-06-30' },
        description: 'Er wordt gebouwd.',
      },
    ]);
    expect(read({}).phases).toEqual([]);
  });

  it('a phase that ends before it starts, on its end', () => {
    expect(lines({ phases: [{ title: 'Bouw', start: '2027-03', end: '2027-02-15' }] })).toEqual([
      `${FILE}: veld "phases.0.end": het einde (2027-02-15) ligt vóór het begin (2027-03); een fase kan niet eindigen voordat ze begint`,
    ]);
  });

  it('a start that is no month or day, a missing title or start', () => {
    expect(
      lines({
        phases: [{ title: 'Bouw', start: 'maart 2027' }, { start: '2027-03' }, { title: 'Sloop' }],
      }),
    ).toEqual([
      `${FILE}: veld "phases.0.start": "maart 2027": verwacht een maand als 2027-03 of een dag als 2027-03-15`,
      `${FILE}: veld "phases.1.title": verwacht een naam voor de fase (tekst)`,
      `${FILE}: veld "phases.2.start": verwacht een maand als 2027-03 of een dag als 2027-03-15`,
    ]);
  });
});

describe('the days a project is built again', () => {
  it('each phase’s first day and the day after its last, a month phase to the first of the month after its end', () => {
    const data = read({
      phases: [
        { title: 'Bouw', start: '2027-03', end: '2027-06' },
        { title: 'Opening', start: '2027-09-15' },
        { title: 'Inloop', start: '2027-10' },
      ],
    });
    expect(projects.rebuildOn?.(data)).toEqual([
      '2027-03-01',
      '2027-07-01',
      '2027-09-15',
      '2027-09-16',
      '2027-10-01',
      '2027-11-01',
    ]);
    expect(projects.rebuildOn?.(read({}))).toEqual([]);
  });
});
