/**
 * The build's rules as the editor runs them before saving (src/lib/admin/entry-checks.ts): an
 * entry as Sveltia holds it, against the facts of every other file. Each problem names its field
 * and carries the build's own line.
 */
import { describe, expect, it } from 'vitest';
import {
  factsOfEntries,
  problemsOfEntry,
  SETTINGS_COLLECTION,
  type LoadedEntry,
} from '../../src/lib/admin/entry-checks';
import type { Problem } from '../../src/lib/content/rules/problem';
import { problemsAcrossFiles } from '../../src/lib/content/rules/run-rules';
import { expectation, problemLine } from '../../src/lib/content/rules/wording';
import { GOOD_SETTINGS } from '../helpers/settings';

const NOW = new Date('2026-11-30T12:00:00Z');

/** The problems as the editor shows them: under the field, and as the build's line in its dialog. */
const worded = (problems: readonly Problem[]) =>
  problems.map((problem) => ({
    field: problem.field,
    message: expectation(problem.issue),
    line: problemLine(problem),
  }));
const check = (...args: Parameters<typeof problemsOfEntry>) => worded(problemsOfEntry(...args));

const entry = (collection: string, slug: string, data: Record<string, unknown>): LoadedEntry => ({
  collection,
  path: `content/${collection}/${slug}.md`,
  data: { body: 'Tekst.', ...data },
});

const theme = entry('themas', 'wonen-en-leven', {
  title: 'Wonen en leven',
  summary: 'Prettig wonen.',
  order: 1,
});
const heilust = entry('buurten', 'heilust', { title: 'Heilust', summary: 'Een buurt.' });
const project = entry('projecten', 'achter-de-voordeur', {
  title: 'Achter de voordeur',
  summary: 'Huisbezoeken.',
  theme: 'wonen-en-leven',
  neighbourhoods: ['heilust'],
  status: 'afgerond',
  aliases: ['/Deelprojecten/Wonen_en_leven/Achter_de_voordeur'],
});
const edition = entry('nieuwsbrief', 'heilust-2', {
  title: 'Nieuwsbrief Heilust, editie 2',
  edition: 2,
  date: '2012-02-20',
  summary: 'De tweede.',
});
const settings: LoadedEntry = {
  collection: SETTINGS_COLLECTION,
  path: 'content/site.yaml',
  // No security page: this set of entries has no pages for it to name.
  data: { ...GOOD_SETTINGS, security: { ...GOOD_SETTINGS.security, languages: ['nl'], policy: '' } },
};
const everything = [theme, heilust, project, edition, settings];
const facts = factsOfEntries(everything, NOW);

describe('the list of hard words, also under the settings', () => {
  const wordList: LoadedEntry = {
    collection: SETTINGS_COLLECTION,
    path: 'content/moeilijke-woorden.yaml',
    data: { woorden: [{ woord: 'middels', beter: 'met' }] },
  };

  it('is not checked as the site settings, and does not stand in for them', () => {
    expect(check(wordList, facts, NOW)).toEqual([]);
    expect(factsOfEntries([...everything, wordList], NOW).settings).toEqual(facts.settings);
  });
});

describe('problemsOfEntry', () => {
  it('finds nothing in a good new entry, with its empty fields left out as the editor writes the file', () => {
    const news = entry('nieuws', 'open-dag', {
      title: 'Open dag',
      date: '2026-11-30',
      summary: 'Kom kijken.',
      image: '',
      imageAlt: '',
      wijzigingen: [],
      projects: ['achter-de-voordeur'],
      neighbourhoods: [],
      draft: false,
    });
    expect(check(news, facts, NOW)).toEqual([]);
  });

  it('a meeting: an end before its start on the end field, and a buurt that does not exist on neighbourhoods', () => {
    const meeting = (data: Record<string, unknown>) =>
      entry('agenda', 'bewonersavond', {
        title: 'Bewonersavond',
        summary: 'Kom.',
        start: '2027-01-21 19:30',
        location: 'Buurtkamer',
        ...data,
      });
    expect(check(meeting({ end: '2027-01-21 19:00' }), facts, NOW)).toEqual([
      {
        field: 'end',
        message: 'het einde (2027-01-21 19:00) ligt vóór het begin (2027-01-21 19:30)',
        line: 'content/agenda/bewonersavond.md: veld "end": het einde (2027-01-21 19:00) ligt vóór het begin (2027-01-21 19:30)',
      },
    ]);
    expect(check(meeting({ neighbourhoods: ['heilust', 'chevremont'] }), facts, NOW)).toEqual([
      {
        field: 'neighbourhoods',
        message: '"chevremont" bestaat niet in content/buurten/ (kies uit: heilust)',
        line: 'content/agenda/bewonersavond.md: veld "neighbourhoods": "chevremont" bestaat niet in content/buurten/ (kies uit: heilust)',
      },
    ]);
    expect(
      check(meeting({ end: '', address: '', cancelled: '', projects: ['achter-de-voordeur'] }), facts, NOW),
    ).toEqual([]);
  });

  it('an image description without an image: the schema’s message on the image field', () => {
    const news = entry('nieuws', 'open-dag', {
      title: 'Open dag',
      date: '2026-11-30',
      summary: 'Kom kijken.',
      imageAlt: 'Een foto.',
    });
    expect(check(news, facts, NOW)).toEqual([
      {
        field: 'image',
        message: 'imageAlt staat er, maar image ontbreekt',
        line: 'content/nieuws/open-dag.md: veld "image": imageAlt staat er, maar image ontbreekt',
      },
    ]);
  });

  it('a project’s contacts and planning: each mistake on its own field, empty fields left out as the editor writes the file', () => {
    const withPlanning = (data: Record<string, unknown>) => entry('projecten', 'achter-de-voordeur', data);
    const saved = project.data;
    const good = withPlanning({
      ...saved,
      contacts: [
        { name: 'Gemeente Kerkrade', role: 'team Achter de voordeur', phone: '14 045', email: '' },
        { name: 'West wint aan ruimte', role: 'het programma', phone: '', email: 'info@westwint.nl' },
      ],
      phases: [{ title: 'Huisbezoeken', start: '2011-03', end: '2011-05', description: '' }],
    });
    expect(check(good, facts, NOW)).toEqual([]);
    const wrong = withPlanning({
      ...saved,
      contacts: [
        { name: 'Gemeente Kerkrade', role: 'team Achter de voordeur', phone: '045 12', email: '' },
        { name: 'HEEMwonen', role: 'woonconsulent HEEMwonen', phone: '', email: '' },
      ],
      phases: [{ title: 'Huisbezoeken', start: '2011-05', end: '2011-03' }],
    });
    expect(check(wrong, facts, NOW)).toEqual([
      {
        field: 'contacts.0.phone',
        message:
          '"045 12" is geen Nederlands telefoonnummer; schrijf het hele nummer met netnummer, bijvoorbeeld 045 123 4567 of 14 045',
        line: 'content/projecten/achter-de-voordeur.md: veld "contacts.0.phone": "045 12" is geen Nederlands telefoonnummer; schrijf het hele nummer met netnummer, bijvoorbeeld 045 123 4567 of 14 045',
      },
      {
        field: 'contacts.1',
        message: 'geef een telefoonnummer of een e-mailadres, of allebei',
        line: 'content/projecten/achter-de-voordeur.md: veld "contacts.1": geef een telefoonnummer of een e-mailadres, of allebei',
      },
      {
        field: 'phases.0.end',
        message:
          'het einde (2011-03) ligt vóór het begin (2011-05); een fase kan niet eindigen voordat ze begint',
        line: 'content/projecten/achter-de-voordeur.md: veld "phases.0.end": het einde (2011-03) ligt vóór het begin (2011-05); een fase kan niet eindigen voordat ze begint',
      },
    ]);
  });

  it('an edition number already taken, naming both files, on the edition field', () => {
    const again = entry('nieuwsbrief', 'heilust-2-1', {
      title: 'Nog een',
      edition: 2,
      date: '2019-06-01',
      summary: 'Dubbel.',
    });
    const [problem, ...rest] = check(again, facts, NOW);
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      field: 'edition',
      message: 'nummer 2 komt meer dan eens voor; elke editie heeft een eigen nummer',
      line: 'content/nieuwsbrief/heilust-2-1.md en content/nieuwsbrief/heilust-2.md: veld "edition": nummer 2 komt meer dan eens voor; elke editie heeft een eigen nummer',
    });
    // The same line the build's own rules give for those files, in whatever order they were loaded.
    const lines = (problems: Problem[][]) => problems.flat().map(problemLine);
    expect(lines(problemsAcrossFiles(factsOfEntries([...everything, again], NOW)))).toContain(problem!.line);
    expect(lines(problemsAcrossFiles(factsOfEntries([again, ...everything].reverse(), NOW)))).toContain(
      problem!.line,
    );
  });

  it('saving an entry again does not clash with its own saved version', () => {
    expect(
      check({ ...edition, data: { ...edition.data, title: 'Editie 2, verbeterd' } }, facts, NOW),
    ).toEqual([]);
    expect(check(project, facts, NOW)).toEqual([]);
  });

  it('an old address another page already has, on the aliases field', () => {
    const page = entry('paginas', 'huisbezoek', {
      title: 'Huisbezoek',
      summary: 'Over huisbezoeken.',
      aliases: ['/Deelprojecten/Wonen_en_leven/Achter_de_voordeur'],
    });
    expect(check(page, facts, NOW)).toEqual([
      {
        field: 'aliases',
        message:
          '"/Deelprojecten/Wonen_en_leven/Achter_de_voordeur" is al in gebruik door content/projecten/achter-de-voordeur.md',
        line: 'content/paginas/huisbezoek.md: veld "aliases": "/Deelprojecten/Wonen_en_leven/Achter_de_voordeur" is al in gebruik door content/projecten/achter-de-voordeur.md',
      },
    ]);
  });

  it('a clash is reported on the entry being saved, also when it comes first in file order', () => {
    const news = entry('nieuws', 'aaa-huisbezoek', {
      title: 'Huisbezoek',
      date: '2026-11-30',
      summary: 'Over huisbezoeken.',
      aliases: ['/Deelprojecten/Wonen_en_leven/Achter_de_voordeur'],
    });
    expect(check(news, facts, NOW)).toEqual([
      {
        field: 'aliases',
        message:
          '"/Deelprojecten/Wonen_en_leven/Achter_de_voordeur" is al in gebruik door content/projecten/achter-de-voordeur.md',
        line: 'content/nieuws/aaa-huisbezoek.md: veld "aliases": "/Deelprojecten/Wonen_en_leven/Achter_de_voordeur" is al in gebruik door content/projecten/achter-de-voordeur.md',
      },
    ]);
  });

  it('an old address of a draft claims nothing yet, as in the build', () => {
    const draft = entry('nieuws', 'nog-niet', {
      title: 'Nog niet',
      date: '2026-11-01',
      summary: 'Concept.',
      draft: true,
      aliases: ['/oud'],
    });
    const page = entry('paginas', 'archief-oud', { title: 'Oud', summary: 'Een pagina.', aliases: ['/oud'] });
    expect(check(page, factsOfEntries([...everything, draft], NOW), NOW)).toEqual([]);
    expect(
      check(
        page,
        factsOfEntries([...everything, { ...draft, data: { ...draft.data, draft: false } }], NOW),
        NOW,
      )[0]?.field,
    ).toBe('aliases');
  });

  it('a page named like a page of the site itself: a problem of the entry as a whole', () => {
    const page = entry('paginas', 'zoeken', { title: 'Zoeken', summary: 'Zoeken.' });
    expect(check(page, facts, NOW)).toEqual([
      {
        field: null,
        message:
          'het adres /zoeken/ is al in gebruik door een vaste pagina van de site; kies een andere bestandsnaam',
        line: 'content/paginas/zoeken.md: het adres /zoeken/ is al in gebruik door een vaste pagina van de site; kies een andere bestandsnaam',
      },
    ]);
  });

  it('the settings: a sign-up address the policy does not allow, under content/site.yaml', () => {
    const changed = {
      ...settings,
      data: { ...settings.data, newsletterSignupAction: 'https://elders.example/aanmelden' },
    };
    const [problem] = check(changed, facts, NOW);
    expect(problem?.field).toBe('newsletterSignupAction');
    expect(problem?.line).toMatch(/^content\/site\.yaml: veld "newsletterSignupAction": /);
  });

  it('leaves out mistakes in other files, which are not the editor’s to fix here', () => {
    const broken = entry('projecten', 'kapot', {
      title: 'Kapot',
      summary: 'x',
      theme: 'bestaat-niet',
      neighbourhoods: ['heilust'],
      status: 'gepland',
    });
    const news = entry('nieuws', 'open-dag', {
      title: 'Open dag',
      date: '2026-11-30',
      summary: 'Kom kijken.',
    });
    expect(check(news, factsOfEntries([...everything, broken], NOW), NOW)).toEqual([]);
  });

  it('without the other files, checks the entry’s own fields only', () => {
    const again = entry('nieuwsbrief', 'heilust-2-1', {
      title: 'Nog een',
      edition: 2,
      date: '2019-06-01',
      summary: 'Dubbel.',
    });
    expect(check(again, null, NOW)).toEqual([]);
  });
});
