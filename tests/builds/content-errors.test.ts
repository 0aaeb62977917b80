/**
 * An editor's mistake at each place the build checks content, made once in an otherwise good
 * content set: the production build must stop, and its message must name the file, the field
 * and what was expected, in one line: `file: veld "field": what is expected`. One mistake per
 * place: a field rule (the Markdown schemas), a setting and broken YAML in content/site.yaml (its
 * own loader), broken YAML in a Markdown file (the checks before Astro reads the files), and a
 * rule across files (getContent()). Every other rule is unit-tested where it lives (schemas,
 * loader, checks, across-files); these builds prove that such messages stop a real build.
 */
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite } from '../../scripts/lib/astro-build.ts';
import { baseFixture } from '../helpers/fixture';
import { md, writeFixture, type Files } from '../../scripts/lib/content-folder.ts';

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

interface Built {
  ok: boolean;
  output: string;
  outDir: string;
  /** A content file as the build's messages show it (relative to the project). */
  shown: (path: string) => string;
}

/** Builds the good fixture with `change` applied. */
function build(change: (files: Files) => void): Built {
  const files = baseFixture();
  change(files);
  const dir = writeFixture(files);
  const result = buildSite(dir);
  cleanup.push(dir, result.outDir);
  return { ...result, shown: (path) => relative(ROOT, join(dir, path)) };
}

const meeting = (fields: string) =>
  md(`title: Bewonersavond\nsummary: Kom meepraten.\nlocation: Buurtkamer\n${fields}`);

/**
 * References to what does not exist, in three files of one build: the rules across files report
 * every problem they find at once (src/lib/content/rules/run-rules.ts), so one build shows each of
 * them stops it. A mistake inside one file stops the build at that file: those get a build each.
 */
let unknownReferences: Built | undefined;
function withUnknownReferences(): Built {
  unknownReferences ??= build((f) => {
    f['projecten/park-west.md'] = md(
      'title: Park West\nsummary: Een park.\ntheme: natuur\nneighbourhoods: [heilust]\nstatus: gepland',
    );
    f['agenda/onbekend-project.md'] = meeting('start: 2027-03-25 19:30\nprojects: [park-oost]');
    f['agenda/onbekende-buurt.md'] = meeting('start: 2027-03-25 19:30\nneighbourhoods: [chevremont]');
  });
  return unknownReferences;
}

/** "<file>: veld "<field>": <message>" in one line. */
function expectContentError(built: Built, line: string): void {
  expect(built.ok, built.output).toBe(false);
  expect(built.output).toContain(line);
}

describe('a production build with one mistake in the content', () => {
  it('stops on a field that breaks its rule, naming the file, the field and what is expected', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = md(`title: Een bericht\ndate: 2012-05-05\nsummary: ${'Heel lang. '.repeat(28)}`);
    });
    expectContentError(
      built,
      `${built.shown('nieuws/fout.md')}: veld "summary": een samenvatting is hoogstens 300 tekens`,
    );
  });

  it('stops on an answer to an idea without its text, naming the file and the field', () => {
    const built = build((f) => {
      f['ideeen/2027-014.md'] =
        '---\nreceived: 2027-02-14\nstatus: uitgevoerd\nanswered: 2027-02-20\npublic: false\n---\n';
    });
    expectContentError(
      built,
      `${built.shown('ideeen/2027-014.md')}: veld "body": een idee met een antwoord (elke stand behalve ontvangen) heeft het antwoord als tekst onder de velden`,
    );
  });

  it('stops on a wrong setting in content/site.yaml', () => {
    const built = build((f) => {
      f['site.yaml'] = String(f['site.yaml']).replace(
        'url: https://www.kerkrade.nl',
        'url: http://www.kerkrade.nl',
      );
    });
    expectContentError(built, `${built.shown('site.yaml')}: veld "partners.0.url": verwacht een https-adres`);
  });

  // A project's contacts and phases, each mistake in a build of its own, which stops at the file's first
  // (a build that stops takes seconds); tests/unit/projects.test.ts has every rule.
  it.each([
    [
      'a phone number that is no Dutch number',
      'contacts:\n  - { name: Gemeente Kerkrade, role: projectleider Park West, phone: 045 12 }',
      'veld "contacts.0.phone": "045 12" is geen Nederlands telefoonnummer; schrijf het hele nummer met netnummer, bijvoorbeeld 045 123 4567 of 14 045',
    ],
    [
      'a contact with neither a phone number nor an e-mail address',
      'contacts:\n  - { name: HEEMwonen, role: woonconsulent HEEMwonen }',
      'veld "contacts.0": geef een telefoonnummer of een e-mailadres, of allebei',
    ],
    [
      'a phase that ends before it starts',
      'phases:\n  - { title: Aanleg, start: 2027-03, end: 2027-02-15 }',
      'veld "phases.0.end": het einde (2027-02-15) ligt vóór het begin (2027-03); een fase kan niet eindigen voordat ze begint',
    ],
  ])('stops on a project with %s, naming the file and the field', (_, fields, line) => {
    const built = build((f) => {
      f['projecten/park-west.md'] = md(
        `title: Park West\nsummary: Een park.\ntheme: natuur-en-duurzaamheid\nneighbourhoods: [heilust]\nstatus: gepland\n${fields}`,
      );
    });
    expectContentError(built, `${built.shown('projecten/park-west.md')}: ${line}`);
  });

  it('stops on a project whose theme does not exist, listing the themes', () => {
    const built = withUnknownReferences();
    expectContentError(
      built,
      `${built.shown('projecten/park-west.md')}: veld "theme": "natuur" bestaat niet in content/themas/ (kies uit: natuur-en-duurzaamheid, wonen-en-leven)`,
    );
  });

  it('stops on works in a street that is not in the street list, suggesting the street meant', () => {
    const built = build((f) => {
      f['straten.yaml'] = 'streets:\n  - name: Geraniumstraat\n    neighbourhood: heilust\n';
      f['werkzaamheden/riolering.md'] = md(
        'title: Nieuwe riolering\nsummary: De straat is dicht.\nstart: 2027-01-18\nend: 2027-03-05\nstreets: [Geraniumstaat]',
      );
    });
    expectContentError(
      built,
      `${built.shown('werkzaamheden/riolering.md')}: veld "streets": "Geraniumstaat" staat niet in de stratenlijst (content/straten.yaml); bedoelt u Geraniumstraat?`,
    );
  });

  // The other mistakes in works, each in a build of its own (a build that stops takes seconds);
  // tests/unit/works.test.ts has every rule.
  it.each([
    [
      'an end before the start',
      'start: 2027-03-05\nend: 2027-01-18\nstreets: [Geraniumstraat]',
      'veld "end": de laatste dag (2027-01-18) ligt vóór de eerste dag (2027-03-05)',
    ],
    [
      'an effect not in the list',
      'start: 2027-01-18\nend: 2027-03-05\nstreets: [Geraniumstraat]\neffects: [herrie]',
      'veld "effects.0": verwacht weg-afgesloten, niet-parkeren, lawaai, trillingen, stof, omleiding, afval-anders, stroom-of-water-onderbroken of stoep-afgesloten',
    ],
  ])('stops on works with %s, naming the file and the field', (_, fields, line) => {
    const built = build((f) => {
      f['straten.yaml'] = 'streets:\n  - name: Geraniumstraat\n    neighbourhood: heilust\n';
      f['werkzaamheden/riolering.md'] = md(
        `title: Nieuwe riolering\nsummary: De straat is dicht.\n${fields}`,
      );
    });
    expectContentError(built, `${built.shown('werkzaamheden/riolering.md')}: ${line}`);
  });

  it('stops on broken YAML in the frontmatter, naming the line', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] =
        '---\ntitle: Let op: werkzaamheden\ndate: 2012-05-05\nsummary: Kort.\n---\n\nTekst.\n';
    });
    expectContentError(
      built,
      `${built.shown('nieuws/fout.md')}: de YAML klopt niet op regel 2 ("title: Let op: werkzaamheden"): `,
    );
    expect(built.output).toContain('zet een tekst met een dubbele punt (:) of # tussen aanhalingstekens');
  });

  it('stops on broken YAML in content/site.yaml, naming the line', () => {
    const built = build((f) => {
      f['site.yaml'] = String(f['site.yaml']).replace(
        'tagline: Samen werken aan Kerkrade-West',
        'tagline: [Samen werken',
      );
    });
    expectContentError(built, `${built.shown('site.yaml')}: de YAML klopt niet op regel `);
    expect(built.output).not.toContain('ontbreekt of is leeg');
  });

  // A meeting's own mistakes, each in a build of its own (tests/unit/agenda.test.ts has every rule).
  it.each([
    [
      'an end before the start',
      'start: 2027-03-25 19:30\nend: 2027-03-25 19:00',
      'end',
      'het einde (2027-03-25 19:00) ligt vóór het begin (2027-03-25 19:30)',
    ],
    [
      'a time that does not exist in Amsterdam',
      'start: 2027-03-28 02:30',
      'start',
      '"2027-03-28 02:30" bestaat niet in Nederland: die nacht gaat de klok van 2.00 uur naar 3.00 uur vooruit',
    ],
    [
      'an empty cancelled',
      'start: 2027-03-25 19:30\ncancelled: ""',
      'cancelled',
      'de reden dat de bijeenkomst niet doorgaat mag niet leeg zijn',
    ],
    ['a day that does not exist', 'start: 2027-02-30', 'start', '"2027-02-30" is geen bestaande datum'],
  ])('stops on a meeting with %s, naming the file and the field', (_, fields, field, message) => {
    const built = build((f) => {
      f['agenda/fout.md'] = meeting(fields);
    });
    expectContentError(built, `${built.shown('agenda/fout.md')}: veld "${field}": ${message}`);
  });

  it.each([
    [
      'an unknown project',
      'agenda/onbekend-project.md',
      'projects',
      '"park-oost" bestaat niet in content/projecten/',
    ],
    [
      'an unknown buurt',
      'agenda/onbekende-buurt.md',
      'neighbourhoods',
      '"chevremont" bestaat niet in content/buurten/',
    ],
  ])('stops on a meeting with %s, naming the file and the field', (_, file, field, message) => {
    const built = withUnknownReferences();
    expectContentError(built, `${built.shown(file)}: veld "${field}": ${message}`);
  });
});
