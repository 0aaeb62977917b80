/**
 * An idea's reference and what its file takes from the form (src/lib/ideas/reference.ts,
 * submitted.ts). How the file holds it: idea-file.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { highestNumber, pathOf, readReference, referenceOf } from '../../src/lib/ideas/reference';
import { cleanIdeaText, submittedIdea } from '../../src/lib/ideas/submitted';

describe('the reference', () => {
  it('is the year and a number of three digits or more', () => {
    expect(referenceOf(2027, 14)).toBe('2027-014');
    expect(referenceOf(2027, 999)).toBe('2027-999');
    expect(referenceOf(2027, 1204)).toBe('2027-1204');
    expect(pathOf('2027-014')).toBe('content/ideeen/2027-014.md');
    expect(readReference('2027-1204')).toEqual({ year: 2027, number: 1204 });
    expect(readReference('2027-14')).toBeNull();
  });

  it("takes the highest of a year's files, whatever else the folder holds", () => {
    const names = [
      '2026-031.md',
      '2027-009.md',
      '2027-1000.md',
      '2027-999.md',
      'README.md',
      '2027-050.txt',
      'afbeeldingen',
    ];
    expect(highestNumber(names, 2027)).toBe(1000);
    expect(highestNumber(names, 2026)).toBe(31);
    expect(highestNumber(names, 2028)).toBe(0);
  });
});

describe('what the file takes from the form', () => {
  it('the words only when "openbaar" is ticked; whether an address was given, never the address', () => {
    expect(submittedIdea({ idee: ' Bankjes. ', openbaar: 'ja', email: 'x@voorbeeld.example' })).toEqual({
      idea: 'Bankjes.',
      public: true,
      wantsReply: true,
    });
    expect(submittedIdea({ idee: 'Bankjes.', openbaar: 'on', email: '  ' })).toEqual({
      public: false,
      wantsReply: false,
    });
    expect(submittedIdea({ idee: '   ', openbaar: 'ja' })).toEqual({ public: true, wantsReply: false });
    expect(submittedIdea({})).toEqual({ public: false, wantsReply: false });
  });

  it('a project and a neighbourhood only as slugs', () => {
    expect(submittedIdea({ project: 'park-west', buurt: ' heilust ' })).toMatchObject({
      project: 'park-west',
      neighbourhood: 'heilust',
    });
    for (const bad of ['Park West', '../x', 'park_west', '', 'a/b', 'é'])
      expect(submittedIdea({ project: bad, buurt: bad })).toEqual({ public: false, wantsReply: false });
  });

  it('words cleaned: one kind of newline, no control characters, no half characters', () => {
    expect(cleanIdeaText('a\r\nb\rc\u0000d\u0007e\u2028f\tg\n')).toBe('a\nb\ncdef\tg');
    expect(cleanIdeaText('half \ud800 teken')).toBe('half \ufffd teken');
    expect(cleanIdeaText('abc😀', 4)).toBe('abc');
    expect(cleanIdeaText('abc😀', 5)).toBe('abc😀');
    // Marks that would show the words the other way round.
    expect(cleanIdeaText('een \u202Eeenk\u202C bank \u2067x\u2069')).toBe('een eenk bank x');
  });
});
