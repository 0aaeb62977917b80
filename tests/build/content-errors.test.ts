/**
 * Each kind of editor's mistake, made once in an otherwise good content set: the
 * production build must stop, and its message must name the file, the field and
 * what was expected. The messages checked here are the ones docs/redactie.md lists.
 */
import { readFileSync, rmSync } from 'node:fs';
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
  /** A content file as the build's own messages show it (relative to the project). */
  shown: (path: string) => string;
  /** A content file as Astro's schema errors show it (absolute, in "Location:"). */
  absolute: (path: string) => string;
}

/** Builds the good fixture with `change` applied. */
function build(change: (files: Files) => void): Built {
  const files = baseFixture();
  change(files);
  const dir = writeFixture(files);
  const result = buildSite(dir);
  cleanup.push(dir, result.outDir);
  return { ...result, shown: (path) => relative(ROOT, join(dir, path)), absolute: (path) => join(dir, path) };
}

/** A schema error: the field with our message, and the file's full path. */
function expectSchemaError(built: Built, file: string, field: string, message: string): void {
  expect(built.ok, built.output).toBe(false);
  expect(built.output).toContain(`  ${field}: ${message}`);
  expect(built.output).toContain(built.absolute(file));
}

/** Our own checks: "<file>: veld "<field>": <message>" in one line. */
function expectContentError(built: Built, line: string): void {
  expect(built.ok, built.output).toBe(false);
  expect(built.output).toContain(line);
}

const newsItem = (frontmatter: string) => md(`title: Een bericht\ndate: 2012-05-05\nsummary: Kort.\n${frontmatter}`);

describe('a production build with one mistake in the content', () => {
  it('stops on a field that breaks its rule, naming the file, the field and what is expected', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = md(`title: Een bericht\ndate: 2012-05-05\nsummary: ${'Heel lang. '.repeat(28)}`);
    });
    expectSchemaError(built, 'nieuws/fout.md', 'summary', 'een samenvatting is hoogstens 300 tekens');
  });

  it('stops on a wrong setting in content/site.yaml', () => {
    const built = build((f) => {
      f['site.yaml'] = f['site.yaml']!.replace('url: https://www.kerkrade.nl', 'url: http://www.kerkrade.nl');
    });
    expectSchemaError(built, 'site.yaml', 'partners.0.url', 'verwacht een https-adres');
  });

  it('stops on an impossible date, which YAML would silently turn into 2 March', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = md('title: Een bericht\ndate: 2011-02-30\nsummary: Kort.');
    });
    expectContentError(built, `${built.shown('nieuws/fout.md')}: veld "date": "2011-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08`);
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

  it('stops on an image file that is not there', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('image: ./bestaat-niet.jpg\nimageAlt: Een foto.');
    });
    expectContentError(
      built,
      `${built.shown('nieuws/fout.md')}: veld "image": het bestand "./bestaat-niet.jpg" bestaat niet; zet de afbeelding in dezelfde map als dit bestand`,
    );
  });

  it('stops on a PDF that does not exist', () => {
    const built = build((f) => {
      f['nieuwsbrief/heilust-1.md'] = md('title: Nieuwsbrief Heilust 1\nedition: 1\ndate: 2011-06-01\nsummary: De eerste editie.\npdf: /nieuwsbrief/pdf/bestaat-niet.pdf');
    });
    expectSchemaError(built, 'nieuwsbrief/heilust-1.md', 'pdf', 'het bestand public/nieuwsbrief/pdf/bestaat-niet.pdf bestaat niet');
  });

  it('stops on a PDF that is not tagged for accessibility with an edition from 23 September 2018 on', () => {
    const built = build((f) => {
      f['nieuwsbrief/heilust-2.md'] = md('title: Nieuwsbrief Heilust 2\nedition: 2\ndate: 2018-09-23\nsummary: De tweede editie.\npdf: /nieuwsbrief/pdf/heilust-2.pdf');
    });
    expectContentError(
      built,
      `${built.shown('nieuwsbrief/heilust-2.md')}: veld "pdf": het bestand public/nieuwsbrief/pdf/heilust-2.pdf is niet toegankelijk: het mist gemarkeerde inhoud (tags) en een documenttaal.`,
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

  it('stops on an old address that another item already has, naming both files', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = newsItem('aliases: ["/deelprojecten/wonen_en_leven/achter_de_voordeur"]');
    });
    expectContentError(
      built,
      `${built.shown('nieuws/fout.md')}: veld "aliases": "/deelprojecten/wonen_en_leven/achter_de_voordeur" is al in gebruik door ${built.shown('projecten/achter-de-voordeur.md')}`,
    );
  });

  it('stops on broken YAML in the frontmatter, naming the line', () => {
    const built = build((f) => {
      f['nieuws/fout.md'] = '---\ntitle: Let op: werkzaamheden\ndate: 2012-05-05\nsummary: Kort.\n---\n\nTekst.\n';
    });
    expectContentError(built, `${built.shown('nieuws/fout.md')}: de YAML klopt niet op regel 2 ("title: Let op: werkzaamheden"): `);
    expect(built.output).toContain('zet een tekst met een dubbele punt (:) of # tussen aanhalingstekens');
  });

  it('stops on broken YAML in content/site.yaml, naming the line', () => {
    const built = build((f) => {
      f['site.yaml'] = f['site.yaml']!.replace('tagline: Samen werken aan Kerkrade-West', 'tagline: [Samen werken');
    });
    expectContentError(built, `${built.shown('site.yaml')}: de YAML klopt niet op regel `);
    expect(built.output).not.toContain('ontbreekt of is leeg');
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
