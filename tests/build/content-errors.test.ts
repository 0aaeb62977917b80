/**
 * Each kind of editor's mistake, made once in an otherwise good content set: the
 * production build must stop, and its message must name the file, the field and
 * what was expected. The messages checked here are the ones docs/redactie.md lists.
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite } from '../helpers/build';
import { baseFixture, md, writeFixture, type Files } from '../helpers/fixture';

const cleanup: string[] = [];
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

interface Built {
  ok: boolean;
  output: string;
  outDir: string;
  /** A content file as the build's own messages show it (relative to the project). */
  shown: (path: string) => string;
  /** A content file as Astro's schema errors show it (absolute, in "Location:"). */
  absolute: (path: string) => string;
}

/** Builds the good fixture with `change` applied; `images` copies tests/fixtures files into the content folder. */
function build(change: (files: Files) => void, images: Record<string, string> = {}): Built {
  const files = baseFixture();
  change(files);
  const dir = writeFixture(files);
  for (const [to, from] of Object.entries(images)) copyFileSync(join(ROOT, 'tests/fixtures', from), join(dir, to));
  const result = buildSite(dir);
  cleanup.push(dir, result.outDir);
  return { ...result, shown: (path) => relative(ROOT, join(dir, path)), absolute: (path) => join(dir, path) };
}

/** Astro's schema error: the collection and file name, the field with our message, and the file's full path. */
function expectSchemaError(built: Built, file: string, field: string, message: string): void {
  expect(built.ok, built.output).toBe(false);
  const [collection, name] = file.replace(/\.md$/, '').split('/') as [string, string];
  expect(built.output).toContain(`${collection} → ${name.split('/').pop()} data does not match collection schema`);
  expect(built.output).toContain(`  ${field}: ${message}`);
  expect(built.output).toMatch(new RegExp(`Location:\\s+${escape(built.absolute(file))}`));
}

/** Our own checks: "<file>: veld "<field>": <message>" in one line. */
function expectContentError(built: Built, line: string): void {
  expect(built.ok, built.output).toBe(false);
  expect(built.output).toContain(line);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const newsItem = (frontmatter: string) => md(`title: Een bericht\ndate: 2012-05-05\nsummary: Kort.\n${frontmatter}`);

describe('a production build with one mistake in the content', () => {
  it('stops on a missing required field', () => {
    const built = build((f) => {
      f['themas/wonen-en-leven.md'] = md('summary: Prettig wonen.\norder: 1');
    });
    expectSchemaError(built, 'themas/wonen-en-leven.md', 'title', 'verwacht een titel (tekst)');
  });

  it('stops on a field of the wrong type', () => {
    const built = build((f) => {
      f['themas/wonen-en-leven.md'] = md('title: Wonen en leven\nsummary: Prettig wonen.\norder: een');
    });
    expectSchemaError(built, 'themas/wonen-en-leven.md', 'order', 'verwacht een volgnummer (1, 2, 3 …)');
  });

  it('stops on true/false written in Dutch', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('draft: ja');
    });
    expectSchemaError(built, 'nieuws/fout.md', 'draft', 'verwacht true of false');
  });

  it('stops on a project status that does not exist', () => {
    const built = build((f) => {
      f['projecten/park-west.md'] = md('title: Park West\nsummary: Een park.\ntheme: natuur-en-duurzaamheid\nneighbourhoods: [heilust]\nstatus: klaar');
    });
    expectSchemaError(built, 'projecten/park-west.md', 'status', 'verwacht gepland, in-uitvoering of afgerond');
  });

  it('stops on a news summary longer than 300 characters', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = md(`title: Een bericht\ndate: 2012-05-05\nsummary: ${'Heel lang. '.repeat(28)}`);
    });
    expectSchemaError(built, 'nieuws/fout.md', 'summary', 'een samenvatting is hoogstens 300 tekens');
  });

  it('stops on a missing date', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = md('title: Een bericht\nsummary: Kort.');
    });
    expectSchemaError(built, 'nieuws/fout.md', 'date', 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2011-12-08');
  });

  it.each([
    ['unquoted', '2011-02-30'],
    ['quoted', '"2011-02-30"'],
  ])('stops on an impossible date (%s), which YAML would silently turn into 2 March', (_, written) => {
    const built = build((f) => {
      f['nieuws/fout.md'] = md(`title: Een bericht\ndate: ${written}\nsummary: Kort.`);
    });
    expectContentError(built, `${built.shown('nieuws/fout.md')}: veld "date": "2011-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08`);
  });

  it('stops on a date written another way', () => {
    const built = build((f) => {
      f['nieuwsbrief/heilust-1.md'] = md('title: Nieuwsbrief Heilust 1\nedition: 1\ndate: 1 juni 2011\nsummary: De eerste editie.');
    });
    expectContentError(built, `${built.shown('nieuwsbrief/heilust-1.md')}: veld "date": "1 juni 2011" is geen bestaande datum; schrijf JJJJ-MM-DD`);
  });

  it('stops on a project whose theme does not exist, listing the themes', () => {
    const built = build((f) => {
      f['projecten/park-west.md'] = md('title: Park West\nsummary: Een park.\ntheme: natuur\nneighbourhoods: [heilust]\nstatus: gepland');
    });
    expectContentError(
      built,
      `${built.shown('projecten/park-west.md')}: veld "theme": "natuur" bestaat niet in content/themas/ (kies uit: natuur-en-duurzaamheid, wonen-en-leven)`,
    );
  });

  it('stops on a news item naming a neighbourhood that does not exist', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('neighbourhoods: [heilust, kaalhijde]');
    });
    expectContentError(built, `${built.shown('nieuws/fout.md')}: veld "neighbourhoods": "kaalhijde" bestaat niet in content/buurten/ (kies uit: heilust, kaalheide)`);
  });

  it('stops on a news item naming a project that does not exist', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('projects: [park-oost]');
    });
    expectContentError(built, `${built.shown('nieuws/fout.md')}: veld "projects": "park-oost" bestaat niet in content/projecten/ (kies uit: achter-de-voordeur, park-west)`);
  });

  it('stops on an image without a description', () => {
    const built = build(
      (f) => {
        f['projecten/park-west.md'] = md('title: Park West\nsummary: Een park.\ntheme: natuur-en-duurzaamheid\nneighbourhoods: [heilust]\nstatus: gepland\nimage: ./foto.jpg');
      },
      { 'projecten/foto.jpg': 'park.jpg' },
    );
    expectSchemaError(built, 'projecten/park-west.md', 'imageAlt', 'een afbeelding heeft een beschrijving (imageAlt) nodig');
  });

  it('stops on an image file that is not there', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('image: ./bestaat-niet.jpg\nimageAlt: Een foto.');
    });
    expectContentError(
      built,
      `${built.shown('nieuws/fout.md')}: veld "image": het bestand "./bestaat-niet.jpg" bestaat niet; zet de afbeelding in dezelfde map als dit bestand`,
    );
  });

  it('stops on two editions with one number, naming both files', () => {
    const built = build((f) => {
      f['nieuwsbrief/heilust-9.md'] = md('title: Nieuwsbrief Heilust 9\nedition: 1\ndate: 2012-04-01\nsummary: Dubbel.');
    });
    expectContentError(
      built,
      `${built.shown('nieuwsbrief/heilust-1.md')} en ${built.shown('nieuwsbrief/heilust-9.md')}: veld "edition": nummer 1 komt meer dan eens voor; elke editie heeft een eigen nummer`,
    );
  });

  it('stops on an edition number that is not a positive whole number', () => {
    const built = build((f) => {
      f['nieuwsbrief/heilust-1.md'] = md('title: Nieuwsbrief Heilust 1\nedition: 1.5\ndate: 2011-06-01\nsummary: De eerste editie.');
    });
    expectSchemaError(built, 'nieuwsbrief/heilust-1.md', 'edition', 'een editienummer is een heel getal');
  });

  it('stops on a PDF that does not exist', () => {
    const built = build((f) => {
      f['nieuwsbrief/heilust-1.md'] = md('title: Nieuwsbrief Heilust 1\nedition: 1\ndate: 2011-06-01\nsummary: De eerste editie.\npdf: /nieuwsbrief/pdf/bestaat-niet.pdf');
    });
    expectSchemaError(built, 'nieuwsbrief/heilust-1.md', 'pdf', 'het bestand public/nieuwsbrief/pdf/bestaat-niet.pdf bestaat niet');
  });

  it('stops on a PDF path that does not start at public/', () => {
    const built = build((f) => {
      f['nieuwsbrief/heilust-1.md'] = md('title: Nieuwsbrief Heilust 1\nedition: 1\ndate: 2011-06-01\nsummary: De eerste editie.\npdf: nieuwsbrief/pdf/heilust-1.pdf');
    });
    expectSchemaError(built, 'nieuwsbrief/heilust-1.md', 'pdf', 'verwacht een pad als /nieuwsbrief/pdf/heilust-1.pdf');
  });

  it('stops on broken YAML in the frontmatter, naming the line', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = '---\ntitle: Let op: werkzaamheden\ndate: 2012-05-05\nsummary: Kort.\n---\n\nTekst.\n';
    });
    expectContentError(built, `${built.shown('nieuws/fout.md')}: de YAML klopt niet op regel 2 ("title: Let op: werkzaamheden"): `);
    expect(built.output).toContain('zet een tekst met een dubbele punt (:) of # tussen aanhalingstekens');
  });

  it('stops on a file without frontmatter', () => {
    const built = build((f) => {
      f['buurten/kaalheide.md'] = 'title: Kaalheide\n\nTekst.\n';
    });
    expectContentError(built, `${built.shown('buurten/kaalheide.md')}: het bestand moet beginnen met een blok tussen twee regels "---" (de frontmatter)`);
  });

  it('stops on broken YAML in content/site.yaml, naming the line', () => {
    const built = build((f) => {
      f['site.yaml'] = f['site.yaml']!.replace('tagline: Samen werken aan Kerkrade-West', 'tagline: [Samen werken');
    });
    expectContentError(built, `${built.shown('site.yaml')}: de YAML klopt niet op regel `);
    expect(built.output).not.toContain('ontbreekt of is leeg');
  });

  it('stops on a wrong setting in content/site.yaml', () => {
    const built = build((f) => {
      f['site.yaml'] = f['site.yaml']!.replace('url: https://www.kerkrade.nl', 'url: http://www.kerkrade.nl');
    });
    expect(built.ok).toBe(false);
    expect(built.output).toContain('site → site data does not match collection schema');
    expect(built.output).toContain('partners.0.url: verwacht een https-adres');
    expect(built.output).toContain(built.absolute('site.yaml'));
  });

  it('stops on two files with one name in different folders, naming both', () => {
    const built = build((f) => {
      f['nieuws/2011/dubbel.md'] = newsItem('');
      f['nieuws/2012/dubbel.md'] = newsItem('');
    });
    expectContentError(
      built,
      `${built.shown('nieuws/2011/dubbel.md')} en ${built.shown('nieuws/2012/dubbel.md')}: twee bestanden hebben dezelfde naam "dubbel" en dus hetzelfde webadres; geef één van beide een andere naam`,
    );
  });

  it('stops on a file name with capitals and spaces, suggesting a good one', () => {
    const built = build((f) => {
      f['nieuws/Nieuw Bericht.md'] = newsItem('');
    });
    expectContentError(
      built,
      `${built.shown('nieuws/Nieuw Bericht.md')}: de bestandsnaam moet uit kleine letters, cijfers en streepjes bestaan en op .md eindigen, bijvoorbeeld "nieuw-bericht.md"`,
    );
  });

  it('stops on a news file named only by a number, which would take the address of news page 2', () => {
    const built = build((f) => {
      f['nieuws/2.md'] = newsItem('');
    });
    expectContentError(built, `${built.shown('nieuws/2.md')}: de bestandsnaam "2" is alleen een getal, maar /nieuws/2/ is een pagina van het overzicht`);
  });

  it('stops on an unknown field, suggesting the one meant', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('draf: true');
    });
    expect(built.ok).toBe(false);
    expect(built.output).toContain(
      'onbekend veld "draf" (bedoelt u "draft"?); toegestane velden zijn: title, date, summary, projects, neighbourhoods, image, imageAlt, draft, aliases',
    );
    expect(built.output).toContain(built.absolute('nieuws/fout.md'));
  });

  it('stops on an old address without a leading slash', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('aliases: ["kerkrade-west/oud"]');
    });
    expectSchemaError(built, 'nieuws/fout.md', 'aliases.0', 'een oud adres begint met "/" en bevat geen spaties, "?" of "#"');
  });

  it('stops on an old address that another item already has, naming both files', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('aliases: ["/deelprojecten/wonen_en_leven/achter_de_voordeur"]');
    });
    expectContentError(
      built,
      `${built.shown('nieuws/fout.md')}: veld "aliases": "/deelprojecten/wonen_en_leven/achter_de_voordeur" is al in gebruik door ${built.shown('projecten/achter-de-voordeur.md')}`,
    );
  });

  it('stops on an old address that is the address of a real page', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('aliases: ["/projecten/park-west/"]');
    });
    expectContentError(built, `${built.shown('nieuws/fout.md')}: veld "aliases": "/projecten/park-west/" is al in gebruik door ${built.shown('projecten/park-west.md')}`);
  });

  it('stops on a page whose file name takes the address of a fixed page', () => {
    const built = build((f) => {
      f['paginas/nieuws.md'] = md('title: Nieuws\nsummary: Dubbel.');
    });
    expectContentError(built, `${built.shown('paginas/nieuws.md')}: het adres /nieuws/ is al in gebruik door een vaste pagina van de site; kies een andere bestandsnaam`);
  });
});

describe('raw HTML in Markdown', () => {
  it('builds, keeping the text and removing scripts, event handlers and javascript: links', () => {
    const built = build((f) => {
      f['paginas/html.md'] = md(
        'title: HTML\nsummary: Met HTML.',
        [
          'Gewone tekst met **nadruk**.',
          '<p onclick="alert(1)" style="color:red">Klik hier</p>',
          '<script>alert("script")</script>',
          '<img src="/favicon.svg" alt="Logo" onerror="alert(2)">',
          '<a href="javascript:alert(3)">Gevaarlijke link</a>',
          '<iframe src="https://example.com/"></iframe>',
          '<details><summary>Meer weten</summary>Uitleg.</details>',
        ].join('\n\n'),
      );
    });
    expect(built.ok, built.output).toBe(true);
    const html = readFileSync(join(built.outDir, 'html/index.html'), 'utf8');
    const prose = html.slice(html.indexOf('Gewone tekst'), html.indexOf('Uitleg.') + 10);
    expect(prose).toContain('<strong>nadruk</strong>');
    expect(prose).toContain('Klik hier');
    expect(prose).toContain('Gevaarlijke link');
    expect(prose).toContain('<summary>Meer weten</summary>');
    expect(prose).toContain('alt="Logo"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toContain('javascript:');
    expect(prose).not.toContain('<iframe');
    expect(prose).not.toContain('color:red');
    expect(prose).not.toContain('alert(');
  });
});
