/**
 * npm run nieuw: the file it writes (a pure function) and the command itself, run with every
 * answer given as an option so that no question is asked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../src/lib/content/loader';
import { newItemFile, nextEdition } from '../../src/lib/content/new-item';
import { ROOT } from '../../scripts/lib/astro-build.ts';

const existing = { themas: ['wonen-en-leven'], buurten: ['heilust', 'kaalheide'], projecten: ['park-west'] };

describe('newItemFile', () => {
  it('names a news item by its title and writes the fields the build expects, leaving empty lists out', () => {
    const made = newItemFile(
      'nieuws',
      {
        title: 'Open dag in Park West!',
        date: '2026-11-25',
        summary: 'Kom kijken.',
        projects: ['park-west'],
        neighbourhoods: [],
      },
      existing,
    );
    expect(made).toEqual({
      file: {
        path: 'nieuws/open-dag-in-park-west.md',
        text: '---\ntitle: Open dag in Park West!\ndate: "2026-11-25"\nsummary: Kom kijken.\nprojects:\n  - park-west\n---\n\nSchrijf hier het bericht. Begin met het belangrijkste.\n',
      },
    });
  });

  it('writes an edition and a project', () => {
    const edition = newItemFile(
      'nieuwsbrief',
      { title: 'Nieuwsbrief Heilust 9', edition: 9, date: '2018-01-10', summary: 'De negende.' },
      existing,
    );
    expect('file' in edition && edition.file.path).toBe('nieuwsbrief/nieuwsbrief-heilust-9.md');
    const project = newItemFile(
      'projecten',
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
      newItemFile(
        'nieuws',
        { title: 'Bericht', date: '2026-02-30', summary: 'x'.repeat(301), projects: ['park-oost'] },
        existing,
      ),
    ).toEqual({
      problems: [
        'date: "2026-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08',
        'summary: een samenvatting is hoogstens 300 tekens',
        'projects.0: "park-oost" bestaat niet in content/projecten/ (kies uit: park-west)',
      ],
    });
    expect(newItemFile('nieuws', { title: '2', date: '2026-01-01', summary: 'Kort.' }, existing)).toEqual({
      problems: [
        'title: de bestandsnaam "2" is alleen een getal, maar /nieuws/2/ is een pagina van het overzicht; zet er een woord bij, bijvoorbeeld "2-bericht.md"',
      ],
    });
    expect(
      newItemFile(
        'projecten',
        { title: '!!!', summary: 'x', theme: 'wonen-en-leven', neighbourhoods: [], status: 'gepland' },
        existing,
      ),
    ).toEqual({
      problems: [
        'title: uit deze titel valt geen bestandsnaam te maken; gebruik letters of cijfers',
        'neighbourhoods: noem ten minste één buurt',
      ],
    });
    expect(
      newItemFile(
        'nieuwsbrief',
        { title: 'Editie', edition: 2, date: '2012-01-01', summary: 'x' },
        { ...existing, editions: [1, 2] },
      ),
    ).toEqual({
      problems: [
        'edition: nummer 2 is al in gebruik; elke editie heeft een eigen nummer (het volgende vrije is 3)',
      ],
    });
  });

  it('writes a meeting, leaving an empty end and address out, and refuses an end before its start', () => {
    const meeting = newItemFile(
      'agenda',
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
      newItemFile(
        'agenda',
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
      problems: ['end: het einde (2027-01-21 18:00) ligt vóór het begin (2027-01-21 19:30)'],
    });
  });

  it('proposes the next edition number', () => {
    expect(nextEdition([])).toBe(1);
    expect(nextEdition([3, 1, 8])).toBe(9);
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
    '--titel',
    'Open dag in Park West',
    '--datum',
    '2026-11-25',
    '--samenvatting',
    'Kom kijken.',
    '--projecten',
    'park-west',
    '--buurten',
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
    expect(() => checkContentFiles(join(content, 'nieuws'), 'nieuws', content)).not.toThrow();
  });

  it('never overwrites a file, and writes nothing for an answer the build would refuse', () => {
    const content = copyOfContent();
    expect(run(content, newsArgs).status).toBe(0);
    const before = readFileSync(join(content, 'nieuws/open-dag-in-park-west.md'), 'utf8');
    const again = run(content, [...newsArgs.slice(0, -4), '--samenvatting', 'Anders.']);
    expect(again.status).toBe(1);
    expect(again.output).toContain('Er is niets overschreven');
    expect(readFileSync(join(content, 'nieuws/open-dag-in-park-west.md'), 'utf8')).toBe(before);

    const files = readdirSync(join(content, 'projecten')).length;
    const wrong = run(content, [
      '--soort',
      'projecten',
      '--titel',
      'Nieuw plein',
      '--samenvatting',
      'Een plein.',
      '--thema',
      'natuur',
      '--buurten',
      'heilust',
      '--status',
      'klaar',
    ]);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('theme: "natuur" bestaat niet in content/themas/');
    expect(wrong.output).toContain('status: verwacht gepland, in-uitvoering of afgerond');
    expect(readdirSync(join(content, 'projecten'))).toHaveLength(files);
  });
});
