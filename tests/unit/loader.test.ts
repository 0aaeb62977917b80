import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { frontMatterFields } from '../../src/lib/content/front-matter';
import { checkContentFiles } from '../../src/lib/content/loader';
import { md, removeFixture, writeFixture, type Files } from '../../scripts/lib/content-folder.ts';

const folders: string[] = [];

/** Writes files to a temporary folder and checks it the way the build does. */
function check(files: Files): () => void {
  const root = writeFixture(files);
  folders.push(root);
  return () => checkContentFiles(join(root, 'nieuws'), 'news', root);
}

afterEach(() => {
  for (const dir of folders.splice(0)) removeFixture(dir);
});

const item = (date = '2011-12-08') => md(`title: Bericht\ndate: ${date}\nsummary: Kort.`);

describe('checkContentFiles', () => {
  it('accepts good files, also in sub-folders, and a folder that does not exist', () => {
    expect(
      check({
        'nieuws/a.md': item(),
        'nieuws/2012/b.md': item('"2012-02-29"'),
        'nieuws/c.md': item("'2012-03-25' # zomertijd"),
      }),
    ).not.toThrow();
    expect(() => checkContentFiles('/bestaat/niet', 'news')).not.toThrow();
  });

  it('accepts a file that a Windows editor saved with a byte order mark, as Astro does', () => {
    expect(check({ 'nieuws/met-bom.md': `\uFEFF${item()}` })).not.toThrow();
    expect(check({ 'nieuws/met-bom.md': `\uFEFF${item('2011-02-30')}` })).toThrow('veld "date"');
  });

  it('refuses a file name with capitals or spaces and suggests a good one', () => {
    expect(check({ 'nieuws/Nieuw Bericht.md': item() })).toThrow(
      'nieuws/Nieuw Bericht.md: de bestandsnaam moet uit kleine letters, cijfers en streepjes bestaan en op .md eindigen, bijvoorbeeld "nieuw-bericht.md"',
    );
  });

  it('refuses a .markdown file, which the build would skip', () => {
    expect(check({ 'nieuws/bericht.markdown': item() })).toThrow(
      /nieuws\/bericht\.markdown: .*op \.md eindigen/,
    );
  });

  it('refuses two files with one name in different folders, naming both', () => {
    expect(check({ 'nieuws/2011/x.md': item(), 'nieuws/2012/x.md': item() })).toThrow(
      'nieuws/2011/x.md en nieuws/2012/x.md: twee bestanden hebben dezelfde naam "x" en dus hetzelfde webadres; geef één van beide een andere naam',
    );
  });

  it('refuses a file without a frontmatter block', () => {
    expect(check({ 'nieuws/x.md': 'title: Bericht\n\nTekst.' })).toThrow(
      'nieuws/x.md: het bestand moet beginnen met een blok tussen twee regels "---" (de frontmatter)',
    );
  });

  it('refuses impossible dates, quoted or not, which YAML would roll over to another day', () => {
    expect(check({ 'nieuws/x.md': item('2011-02-30') })).toThrow(
      'nieuws/x.md: veld "date": "2011-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08',
    );
    expect(check({ 'nieuws/x.md': item('"2011-02-29"') })).toThrow(
      'veld "date": "2011-02-29" is geen bestaande datum',
    );
    expect(check({ 'nieuws/x.md': item("'2011-13-01'") })).toThrow(
      'veld "date": "2011-13-01" is geen bestaande datum',
    );
  });

  it("refuses an impossible day anywhere in the front matter, also in a list (a project's phases)", () => {
    const root = writeFixture({
      'projecten/park-west.md': md(
        'title: Park West\nsummary: Een park.\ntheme: natuur\nneighbourhoods: [heilust]\nstatus: gepland\nphases:\n  - title: Aanleg\n    start: 2027-02-30',
      ),
    });
    folders.push(root);
    expect(() => checkContentFiles(join(root, 'projecten'), 'projects', root)).toThrow(
      /projecten\/park-west\.md: veld "phases\.0\.start": .*2027-02-30/,
    );
  });

  it('refuses a date written another way', () => {
    expect(check({ 'nieuws/x.md': item('8 december 2011') })).toThrow(
      'nieuws/x.md: veld "date": "8 december 2011" is geen bestaande datum',
    );
    expect(check({ 'nieuws/x.md': item('2011-12-8') })).toThrow(
      'veld "date": "2011-12-8" is geen bestaande datum',
    );
  });

  it('refuses broken YAML with the file, the line and what it says there', () => {
    const broken = '---\ntitle: Bericht\nsummary: Let op: dit gaat mis\ndate: 2011-12-08\n---\n\nTekst.\n';
    expect(check({ 'nieuws/x.md': broken })).toThrow(
      /^nieuws\/x\.md: de YAML klopt niet op regel 3 \("summary: Let op: dit gaat mis"\): .*zet een tekst met een dubbele punt \(:\) of # tussen aanhalingstekens$/,
    );
  });

  it('refuses an image that is not next to the file, and accepts one that is', () => {
    const withImage = (image: string) =>
      md(`title: Bericht\ndate: 2011-12-08\nsummary: Kort.\nimage: ${image}\nimageAlt: Een foto.`);
    expect(check({ 'nieuws/x.md': withImage('./foto.jpg') })).toThrow(
      'nieuws/x.md: veld "image": het bestand "./foto.jpg" bestaat niet; zet de afbeelding in dezelfde map als dit bestand en schrijf bijvoorbeeld "image: ./foto.jpg"',
    );
    expect(
      check({ 'nieuws/2011/x.md': withImage('foto.jpg'), 'nieuws/2011/foto.jpg': 'JPEG' }),
    ).not.toThrow();
    expect(check({ 'nieuws/2011/x.md': withImage('../foto.jpg'), 'nieuws/foto.jpg': 'JPEG' })).not.toThrow();
  });

  it('refuses a field written twice', () => {
    expect(check({ 'nieuws/x.md': md('title: A\ntitle: B\ndate: 2011-12-08\nsummary: Kort.') })).toThrow(
      /nieuws\/x\.md: de YAML klopt niet op regel \d.*duplicated mapping key/,
    );
  });
});

describe('frontMatterFields', () => {
  it('reads the fields of the block between the two "---" lines', () => {
    expect(frontMatterFields('---\ntitle: "Een: titel"\nedition: 9\n---\n\nTekst')).toEqual({
      title: 'Een: titel',
      edition: 9,
    });
  });
  it('a file without front matter, or with YAML that does not parse, has no fields', () => {
    expect(frontMatterFields('Alleen tekst')).toEqual({});
    expect(frontMatterFields('---\ntitle: [niet dicht\n---\n')).toEqual({});
  });
});
