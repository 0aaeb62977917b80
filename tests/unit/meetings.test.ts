/**
 * Every rule of a meeting's front matter (src/lib/content/types/meetings.ts), with the message an editor sees.
 */
import { describe, expect, it } from 'vitest';
import { expectation } from '../../src/lib/content/rules/wording';
import { fileProblems, fileSchemas } from '../../src/lib/content/schemas';

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
