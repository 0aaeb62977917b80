/**
 * npm run nieuw: the questions and the file it writes (pure functions), and the command itself,
 * run with every answer given as an option so that no question is asked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../src/lib/content/loader';
import { newItemFile, nextFree, questionsFor } from '../../src/lib/content/new-item';
import type { ContentFacts } from '../../src/lib/content/rules/facts';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { fileFacts, lines } from '../helpers/file-facts';

const existing: ContentFacts = {
  files: [
    fileFacts('themes', 'wonen-en-leven'),
    fileFacts('neighbourhoods', 'heilust'),
    fileFacts('neighbourhoods', 'kaalheide'),
    fileFacts('projects', 'park-west'),
    fileFacts('editions', 'heilust-1', { unique: 1 }),
    fileFacts('editions', 'heilust-2', { unique: 2 }),
  ],
};

/** The problems in the build's words, or the file. */
const made = (...args: Parameters<typeof newItemFile>) => {
  const result = newItemFile(...args);
  return 'problems' in result ? { problems: lines(result.problems) } : result;
};

describe('questionsFor', () => {
  it('asks for the fields the type names, each as its schema and editor settings say', () => {
    expect(questionsFor('news')).toEqual([
      { field: 'title', label: 'Titel', required: true, kind: 'text' },
      { field: 'date', label: 'Datum', required: true, kind: 'day' },
      { field: 'summary', label: 'Samenvatting', required: true, kind: 'text', max: 300 },
      { field: 'projects', label: 'Projecten', required: false, kind: 'relations', type: 'projects' },
      {
        field: 'neighbourhoods',
        label: 'Buurten',
        required: false,
        kind: 'relations',
        type: 'neighbourhoods',
      },
    ]);
    expect(questionsFor('projects').map((q) => [q.field, q.kind])).toEqual([
      ['title', 'text'],
      ['summary', 'text'],
      ['theme', 'relation'],
      ['neighbourhoods', 'relations'],
      ['status', 'choice'],
    ]);
    expect(questionsFor('projects').at(-1)?.choices).toEqual([
      { value: 'gepland', label: 'Gepland' },
      { value: 'in-uitvoering', label: 'In uitvoering' },
      { value: 'afgerond', label: 'Afgerond' },
    ]);
    expect(questionsFor('meetings').map((q) => [q.field, q.kind, q.required])).toContainEqual([
      'start',
      'moment',
      true,
    ]);
    expect(questionsFor('editions').map((q) => q.kind)).toEqual(['text', 'number', 'day', 'text']);
  });
});

describe('npm run nieuw makes works', () => {
  it('asks for the streets from the list and for several effects', () => {
    expect(questionsFor('works').map((q) => [q.field, q.kind, q.required])).toEqual([
      ['title', 'text', true],
      ['summary', 'text', true],
      ['start', 'day', true],
      ['end', 'day', true],
      ['streets', 'streets', true],
      ['effects', 'choices', false],
      ['hours', 'text', false],
      ['projects', 'relations', false],
    ]);
    expect(questionsFor('works')[5]?.choices?.[0]).toEqual({
      value: 'weg-afgesloten',
      label: 'Weg afgesloten',
    });
  });

  it('writes works in streets of the list, and refuses a street that is not in it', () => {
    const withStreets: ContentFacts = {
      ...existing,
      streets: [{ name: 'Geraniumstraat', neighbourhood: 'heilust' }],
    };
    const answers = {
      title: 'Nieuwe riolering in de Geraniumstraat',
      summary: 'De straat is dicht voor auto’s.',
      start: '2027-01-18',
      end: '2027-03-05',
      streets: ['Geraniumstraat'],
      effects: ['weg-afgesloten', 'omleiding'],
    };
    const good = made('works', answers, withStreets);
    expect('file' in good && good.file.path).toBe('werkzaamheden/nieuwe-riolering-in-de-geraniumstraat.md');
    expect('file' in good && good.file.text).toContain('streets:\n  - Geraniumstraat\n');
    expect(made('works', { ...answers, streets: ['Geraniumstaat'] }, withStreets)).toEqual({
      problems: [
        'content/werkzaamheden/nieuwe-riolering-in-de-geraniumstraat.md: veld "streets": "Geraniumstaat" staat niet in de stratenlijst (content/straten.yaml); bedoelt u Geraniumstraat?',
      ],
    });
  });
});

describe('newItemFile', () => {
  it('names a news item by its title and writes the fields the build expects, leaving empty lists out', () => {
    expect(
      made(
        'news',
        {
          title: 'Open dag in Park West!',
          date: '2026-11-25',
          summary: 'Kom kijken.',
          projects: ['park-west'],
          neighbourhoods: [],
        },
        existing,
      ),
    ).toEqual({
      file: {
        path: 'nieuws/open-dag-in-park-west.md',
        text: '---\ntitle: Open dag in Park West!\ndate: "2026-11-25"\nsummary: Kom kijken.\nprojects:\n  - park-west\n---\n\nSchrijf hier het bericht. Begin met het belangrijkste.\n',
      },
    });
  });

  it('writes an edition named by its number, as the editor names it, and a project', () => {
    const edition = made(
      'editions',
      { title: 'Nieuwsbrief Heilust 9', edition: 9, date: '2018-01-10', summary: 'De negende.' },
      existing,
    );
    expect('file' in edition && edition.file.path).toBe('nieuwsbrief/heilust-9.md');
    const project = made(
      'projects',
      {
        title: 'Plein aan de Kampstraat',
        summary: 'Een plein.',
        theme: 'wonen-en-leven',
        neighbourhoods: ['heilust'],
        status: 'gepland',
      },
      existing,
    );
    expect('file' in project && project.file.text).toContain(
      'theme: wonen-en-leven\nneighbourhoods:\n  - heilust\nstatus: gepland\n',
    );
  });

  it('refuses what would stop the build, in the build’s words', () => {
    expect(
      made(
        'news',
        { title: 'Bericht', date: '2026-02-30', summary: 'x'.repeat(301), projects: ['park-oost'] },
        existing,
      ),
    ).toEqual({
      problems: [
        'content/nieuws/bericht.md: veld "date": "2026-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08',
        'content/nieuws/bericht.md: veld "summary": een samenvatting is hoogstens 300 tekens',
      ],
    });
    expect(
      made(
        'news',
        { title: 'Bericht', date: '2026-01-01', summary: 'Kort.', projects: ['park-oost'] },
        existing,
      ),
    ).toEqual({
      problems: [
        'content/nieuws/bericht.md: veld "projects": "park-oost" bestaat niet in content/projecten/ (kies uit: park-west)',
      ],
    });
    expect(made('news', { title: '2', date: '2026-01-01', summary: 'Kort.' }, existing)).toEqual({
      problems: [
        'content/nieuws/2.md: de bestandsnaam "2" is alleen een getal, maar /nieuws/2/ is een pagina van het overzicht; zet er een woord bij, bijvoorbeeld "2-bericht.md"',
      ],
    });
    expect(
      made(
        'projects',
        { title: '!!!', summary: 'x', theme: 'wonen-en-leven', neighbourhoods: [], status: 'gepland' },
        existing,
      ),
    ).toEqual({
      problems: [
        'content/projecten/.md: veld "title": uit deze titel valt geen bestandsnaam te maken; gebruik letters of cijfers',
        'content/projecten/.md: veld "neighbourhoods": noem ten minste één buurt',
      ],
    });
    expect(
      made(
        'editions',
        { title: 'Editie', edition: 2, date: '2012-01-01', summary: 'x' },
        {
          files: [
            ...existing.files.filter((f) => f.id !== 'heilust-2'),
            fileFacts('editions', 'tweede', { unique: 2 }),
          ],
        },
      ),
    ).toEqual({
      problems: [
        'content/nieuwsbrief/heilust-2.md en content/nieuwsbrief/tweede.md: veld "edition": nummer 2 komt meer dan eens voor; elke editie heeft een eigen nummer',
      ],
    });
  });

  it('writes a meeting, leaving an empty end and address out, and refuses an end before its start', () => {
    const meeting = made(
      'meetings',
      {
        title: 'Bewonersavond Park West',
        summary: 'Kom meepraten.',
        start: '2027-01-21 19:30',
        end: '',
        location: "Buurthuis 't Westhoes",
        address: '',
        projects: ['park-west'],
        neighbourhoods: ['heilust'],
      },
      existing,
    );
    expect('file' in meeting && meeting.file.path).toBe('agenda/bewonersavond-park-west.md');
    expect('file' in meeting && meeting.file.text).toBe(
      "---\ntitle: Bewonersavond Park West\nsummary: Kom meepraten.\nstart: 2027-01-21 19:30\nlocation: Buurthuis 't Westhoes\nprojects:\n  - park-west\nneighbourhoods:\n  - heilust\n---\n\n" +
        'Schrijf hier wat er gebeurt, of bewoners zich moeten aanmelden, en wat ze mee moeten nemen.\n',
    );
    expect(
      made(
        'meetings',
        {
          title: 'Avond',
          summary: 'x',
          start: '2027-01-21 19:30',
          end: '2027-01-21 18:00',
          location: 'Buurtkamer',
        },
        existing,
      ),
    ).toEqual({
      problems: [
        'content/agenda/avond.md: veld "end": het einde (2027-01-21 18:00) ligt vóór het begin (2027-01-21 19:30)',
      ],
    });
  });

  it('proposes the next free edition number', () => {
    expect(nextFree('editions', { files: [] })).toBe(1);
    expect(nextFree('editions', existing)).toBe(3);
  });
});

describe('npm run nieuw, with every answer given', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function run(content: string, args: string[]) {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/nieuw.mjs'), '--map', content, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  function copyOfContent(): string {
    const dir = mkdtempSync(join(tmpdir(), 'westwint-nieuw-'));
    folders.push(dir);
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    return dir;
  }

  const newsArgs = [
    '--soort',
    'nieuws',
    '--title',
    'Open dag in Park West',
    '--date',
    '2026-11-25',
    '--summary',
    'Kom kijken.',
    '--projects',
    'park-west',
    '--neighbourhoods',
    'heilust',
  ];

  it('writes a valid file named by its title and says what to do next', () => {
    const content = copyOfContent();
    const { status, output } = run(content, newsArgs);
    expect(status, output).toBe(0);
    expect(output).toContain('Gemaakt:');
    expect(output).toContain('Wat nu:');
    expect(readFileSync(join(content, 'nieuws/open-dag-in-park-west.md'), 'utf8')).toContain(
      'projects:\n  - park-west',
    );
    // The file passes the build's own file checks.
    expect(() => checkContentFiles(join(content, 'nieuws'), 'news', content)).not.toThrow();
  });

  it('never overwrites a file, and writes nothing for an answer the build would refuse', () => {
    const content = copyOfContent();
    expect(run(content, newsArgs).status).toBe(0);
    const before = readFileSync(join(content, 'nieuws/open-dag-in-park-west.md'), 'utf8');
    const again = run(content, [...newsArgs.slice(0, -4), '--summary', 'Anders.']);
    expect(again.status).toBe(1);
    expect(again.output).toContain('Er is niets overschreven');
    expect(readFileSync(join(content, 'nieuws/open-dag-in-park-west.md'), 'utf8')).toBe(before);

    const files = readdirSync(join(content, 'projecten')).length;
    const wrong = run(content, [
      '--soort',
      'projecten',
      '--title',
      'Nieuw plein',
      '--summary',
      'Een plein.',
      '--theme',
      'natuur',
      '--neighbourhoods',
      'heilust',
      '--status',
      'klaar',
    ]);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('veld "status": verwacht gepland, in-uitvoering of afgerond');
    expect(readdirSync(join(content, 'projecten'))).toHaveLength(files);
    const unknownTheme = run(content, [...wrongArgs('natuur'), '--status', 'gepland']);
    expect(unknownTheme.status).toBe(1);
    expect(unknownTheme.output).toContain('veld "theme": "natuur" bestaat niet in content/themas/');
  });

  const wrongArgs = (theme: string) => [
    '--soort',
    'projecten',
    '--title',
    'Nieuw plein',
    '--summary',
    'Een plein.',
    '--theme',
    theme,
    '--neighbourhoods',
    'heilust',
  ];
});
