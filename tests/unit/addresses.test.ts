import { describe, expect, it } from 'vitest';
import { addressClashes, editorAddresses, numberSlugs } from '../../src/lib/content/rules/addresses';
import { fileFacts, lines } from '../helpers/file-facts';

const project = fileFacts('projects', 'achter-de-voordeur', {
  aliases: ['/Deelprojecten/Wonen_en_leven/Achter_de_voordeur'],
});

describe('addressClashes', () => {
  it('accepts distinct old addresses', () => {
    const page = fileFacts('pages', 'over', { aliases: ['/kerkrade-west/over'] });
    expect(addressClashes([project, page], ['/projecten/'])).toEqual([]);
  });

  it('tells both files when two items claim one old address, ignoring case and a trailing slash', () => {
    const news = fileFacts('news', 'x', { aliases: ['/deelprojecten/wonen_en_leven/achter_de_voordeur/'] });
    const problems = addressClashes([project, news], []);
    expect(problems.map((problem) => problem.issue)).toEqual([
      {
        kind: 'alias-taken',
        alias: '/Deelprojecten/Wonen_en_leven/Achter_de_voordeur',
        owner: 'content/nieuws/x.md',
      },
      {
        kind: 'alias-taken',
        alias: '/deelprojecten/wonen_en_leven/achter_de_voordeur/',
        owner: 'content/projecten/achter-de-voordeur.md',
      },
    ]);
    expect(lines(problems)).toEqual([
      'content/projecten/achter-de-voordeur.md: veld "aliases": "/Deelprojecten/Wonen_en_leven/Achter_de_voordeur" is al in gebruik door content/nieuws/x.md',
      'content/nieuws/x.md: veld "aliases": "/deelprojecten/wonen_en_leven/achter_de_voordeur/" is al in gebruik door content/projecten/achter-de-voordeur.md',
    ]);
  });

  it('refuses an old address that is the address of a real page', () => {
    const news = fileFacts('news', 'x', { aliases: ['/projecten/achter-de-voordeur'] });
    expect(lines(addressClashes([project, news], []))).toEqual([
      'content/nieuws/x.md: veld "aliases": "/projecten/achter-de-voordeur" is al in gebruik door content/projecten/achter-de-voordeur.md',
    ]);
  });

  it('refuses an old address that is a fixed page of the site, and a page file at one', () => {
    expect(
      lines(addressClashes([fileFacts('pages', 'oud', { aliases: ['/nieuws'] })], ['/nieuws/'])),
    ).toEqual([
      'content/paginas/oud.md: veld "aliases": "/nieuws" is al in gebruik door een vaste pagina van de site',
    ]);
    expect(lines(addressClashes([fileFacts('pages', 'nieuws')], ['/nieuws/']))).toEqual([
      'content/paginas/nieuws.md: het adres /nieuws/ is al in gebruik door een vaste pagina van de site; kies een andere bestandsnaam',
    ]);
  });

  it('refuses an item’s own address, or one old address written twice', () => {
    const own = fileFacts('pages', 'over', { aliases: ['/over', '/oud', '/OUD/'] });
    expect(lines(addressClashes([own], []))).toEqual([
      'content/paginas/over.md: veld "aliases": "/over" is het eigen adres van deze pagina of staat er twee keer in',
      'content/paginas/over.md: veld "aliases": "/OUD/" is het eigen adres van deze pagina of staat er twee keer in',
    ]);
  });

  it('claims the old addresses of an item only once it is online', () => {
    const draft = fileFacts('news', 'x', {
      published: false,
      aliases: ['/deelprojecten/wonen_en_leven/achter_de_voordeur'],
    });
    expect(addressClashes([project, draft], [])).toEqual([]);
  });
});

describe('editorAddresses', () => {
  // Netlify's /admin/* header rule also matches /administratie/ (any path starting with /admin).
  it('refuses a page or an old address under the editor’s prefix, in any case', () => {
    const problems = editorAddresses(
      [
        fileFacts('pages', 'administratie', { aliases: ['/Admin/oud', '/over/admin/'] }),
        fileFacts('pages', 'contact', { aliases: ['/contact-admin/'] }),
      ],
      '/admin',
    );
    expect(lines(problems)).toEqual([
      'content/paginas/administratie.md: het adres /administratie/ begint met /admin, dat is voor de redactieomgeving; kies een andere bestandsnaam',
      'content/paginas/administratie.md: veld "aliases": "/Admin/oud" begint met /admin, dat is voor de redactieomgeving',
    ]);
  });
});

describe('numberSlugs', () => {
  it('refuses a file named only by a number in a type whose list is paged by number', () => {
    const problems = numberSlugs([
      fileFacts('news', '2'),
      fileFacts('news', '2012'),
      fileFacts('news', '2-nieuwe-woningen'),
      fileFacts('editions', '3'),
    ]);
    expect(lines(problems)).toEqual([
      'content/nieuws/2.md: de bestandsnaam "2" is alleen een getal, maar /nieuws/2/ is een pagina van het overzicht; zet er een woord bij, bijvoorbeeld "2-bericht.md"',
      'content/nieuws/2012.md: de bestandsnaam "2012" is alleen een getal, maar /nieuws/2012/ is een pagina van het overzicht; zet er een woord bij, bijvoorbeeld "2012-bericht.md"',
    ]);
  });
});
