/**
 * The street list (src/lib/content/streets.ts) and its rules across files
 * (src/lib/content/rules/streets.ts): looking a street up with the name probably meant, a street
 * not in the list, a buurt that does not exist, a street twice; in the build's words, and as the
 * editor refuses them before saving (src/lib/admin/entry-checks.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  factsOfEntries,
  problemsOfEntry,
  SETTINGS_COLLECTION,
  type LoadedEntry,
} from '../../src/lib/admin/entry-checks';
import { factsOfFile, type FileFacts } from '../../src/lib/content/rules/facts';
import { streetListProblems, unknownStreets } from '../../src/lib/content/rules/streets';
import { problemLine } from '../../src/lib/content/rules/wording';
import { lookUpStreet, streetSlug, STREETS_SCHEMA, type Street } from '../../src/lib/content/streets';

const NOW = new Date('2026-12-05T12:00:00Z');
const STREETS: Street[] = [
  { name: 'Gladiolenstraat', neighbourhood: 'heilust' },
  { name: 'Geraniumstraat', neighbourhood: 'heilust' },
  { name: 'Ons Limburgstraat' },
];
const works = (streets: unknown): FileFacts =>
  factsOfFile(
    {
      type: 'works',
      file: 'content/werkzaamheden/riolering.md',
      id: 'riolering',
      data: { title: 'Riolering', start: '2027-01-18', end: '2027-03-05', streets },
    },
    NOW,
  );
const heilust = factsOfFile(
  { type: 'neighbourhoods', file: 'content/buurten/heilust.md', id: 'heilust', data: { title: 'Heilust' } },
  NOW,
);

describe('looking a street up', () => {
  it('finds a street by its name as the list writes it', () => {
    expect(lookUpStreet('Geraniumstraat', STREETS)).toEqual({ street: STREETS[1] });
    expect(lookUpStreet(' Ons Limburgstraat ', STREETS)).toEqual({ street: STREETS[2] });
  });
  it('suggests the name probably meant', () => {
    expect(lookUpStreet('Geraniumstaat', STREETS)).toEqual({ street: null, suggestion: 'Geraniumstraat' });
    expect(lookUpStreet('geraniumstraat', STREETS)).toEqual({ street: null, suggestion: 'Geraniumstraat' });
    expect(lookUpStreet('Kampstraat', STREETS)).toEqual({ street: null, suggestion: undefined });
  });
  it('gives each street its part of an address', () => {
    expect(streetSlug('Ons Limburgstraat')).toBe('ons-limburgstraat');
    expect(streetSlug('Papaverplein')).toBe('papaverplein');
  });
  it('reads the list strictly: a buurt is optional, an unknown field is not', () => {
    expect(STREETS_SCHEMA.safeParse({ streets: STREETS }).success).toBe(true);
    expect(STREETS_SCHEMA.safeParse({ streets: [] }).error?.issues[0]?.message).toBe(
      'noem ten minste één straat',
    );
    expect(
      STREETS_SCHEMA.safeParse({ streets: [{ name: 'Kampstraat', buurt: 'heilust' }] }).error?.issues[0]
        ?.message,
    ).toMatch(/onbekend veld "buurt"/);
  });
});

describe('the rules of the streets', () => {
  it('a street works name that is not in the list, with the name probably meant', () => {
    expect(
      unknownStreets([works(['Gladiolenstraat', 'Geraniumstaat', 'Kampstraat'])], STREETS).map(problemLine),
    ).toEqual([
      'content/werkzaamheden/riolering.md: veld "streets": "Geraniumstaat" staat niet in de stratenlijst (content/straten.yaml); bedoelt u Geraniumstraat?',
      'content/werkzaamheden/riolering.md: veld "streets": "Kampstraat" staat niet in de stratenlijst (content/straten.yaml); kies een straat uit die lijst, of zet de straat er eerst bij',
    ]);
    expect(unknownStreets([works(['Gladiolenstraat']), heilust], STREETS)).toEqual([]);
  });
  it('a buurt that does not exist, and a street twice in the list', () => {
    const list = [...STREETS, { name: 'Kampstraat', neighbourhood: 'heilst' }, { name: 'Gladiolenstraat' }];
    expect(streetListProblems(list, [heilust]).map(problemLine)).toEqual([
      'content/straten.yaml: veld "streets.3.neighbourhood": "heilst" bestaat niet in content/buurten/ (kies uit: heilust)',
      'content/straten.yaml: veld "streets.4.name": de straat "Gladiolenstraat" staat meer dan eens in de lijst; noem elke straat één keer',
    ]);
    expect(streetListProblems(STREETS, [heilust])).toEqual([]);
  });
});

describe('the editor refuses an unknown street before saving', () => {
  const streetList: LoadedEntry = {
    collection: SETTINGS_COLLECTION,
    path: 'content/straten.yaml',
    data: { streets: STREETS },
  };
  const buurt: LoadedEntry = {
    collection: 'buurten',
    path: 'content/buurten/heilust.md',
    data: { title: 'Heilust', summary: 'Een buurt.', body: 'Tekst.' },
  };
  const saving = (streets: string[]): LoadedEntry => ({
    collection: 'werkzaamheden',
    path: 'content/werkzaamheden/riolering.md',
    data: {
      title: 'Riolering',
      summary: 'Nieuwe buizen.',
      start: '2027-01-18',
      end: '2027-03-05',
      streets,
      body: 'Tekst.',
    },
  });

  it('names the field and suggests the street meant, from the list the editor holds', () => {
    // The same facts the editor gathers from the entries it holds.
    const known = factsOfEntries([streetList, buurt], NOW);
    expect(known.streets).toEqual(STREETS);
    expect(problemsOfEntry(saving(['Geraniumstaat']), known, NOW).map(problemLine)).toEqual([
      'content/werkzaamheden/riolering.md: veld "streets": "Geraniumstaat" staat niet in de stratenlijst (content/straten.yaml); bedoelt u Geraniumstraat?',
    ]);
    expect(problemsOfEntry(saving(['Geraniumstraat']), known, NOW)).toEqual([]);
  });

  it('refuses taking a street out of the list while works still name it', () => {
    const known = factsOfEntries([streetList, buurt, saving(['Geraniumstraat'])], NOW);
    const shorter = { ...streetList, data: { streets: STREETS.filter((s) => s.name !== 'Geraniumstraat') } };
    expect(problemsOfEntry(shorter, known, NOW).map(problemLine)).toEqual([
      'content/werkzaamheden/riolering.md: veld "streets": "Geraniumstraat" staat niet in de stratenlijst (content/straten.yaml); kies een straat uit die lijst, of zet de straat er eerst bij',
    ]);
  });
});
