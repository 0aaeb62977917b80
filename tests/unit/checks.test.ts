import { describe, expect, it } from 'vitest';
import {
  aliasClashes,
  closestName,
  duplicateEditions,
  editorAddressClashes,
  missingReferences,
  pageNumberSlugs,
  unknownFieldMessage,
} from '../../src/lib/content/checks';

const known = new Map([
  ['themas', new Set(['wonen-en-leven', 'natuur-en-duurzaamheid'])],
  ['buurten', new Set(['heilust', 'kaalheide'])],
  ['projecten', new Set<string>()],
]);

describe('missingReferences', () => {
  it('accepts slugs that exist', () => {
    expect(
      missingReferences(
        [{ file: 'content/projecten/a.md', field: 'theme', collection: 'themas', id: 'wonen-en-leven' }],
        known,
      ),
    ).toEqual([]);
  });

  it('names the file, the field, the wrong slug and the slugs to choose from', () => {
    const [message, ...rest] = missingReferences(
      [
        { file: 'content/nieuws/x.md', field: 'neighbourhoods', collection: 'buurten', id: 'heilust' },
        { file: 'content/nieuws/x.md', field: 'neighbourhoods', collection: 'buurten', id: 'heilus' },
      ],
      known,
    );
    expect(rest).toEqual([]);
    expect(message).toBe(
      'content/nieuws/x.md: veld "neighbourhoods": "heilus" bestaat niet in content/buurten/ (kies uit: heilust, kaalheide)',
    );
  });

  it('says so when there is nothing to choose from yet', () => {
    const messages = missingReferences(
      [{ file: 'content/nieuws/x.md', field: 'projects', collection: 'projecten', id: 'park-west' }],
      known,
    );
    expect(messages).toEqual([
      'content/nieuws/x.md: veld "projects": "park-west" bestaat niet in content/projecten/ (kies uit: nog niets)',
    ]);
  });
});

describe('duplicateEditions', () => {
  it('accepts distinct numbers', () => {
    expect(
      duplicateEditions([
        { file: 'a.md', edition: 1 },
        { file: 'b.md', edition: 2 },
      ]),
    ).toEqual([]);
  });

  it('names every file that uses a number twice, the field and the rule', () => {
    const messages = duplicateEditions([
      { file: 'content/nieuwsbrief/heilust-2.md', edition: 2 },
      { file: 'content/nieuwsbrief/heilust-1.md', edition: 1 },
      { file: 'content/nieuwsbrief/heilust-9.md', edition: 2 },
    ]);
    expect(messages).toEqual([
      'content/nieuwsbrief/heilust-2.md en content/nieuwsbrief/heilust-9.md: veld "edition": nummer 2 komt meer dan eens voor; elke editie heeft een eigen nummer',
    ]);
  });
});

describe('aliasClashes', () => {
  const project = {
    file: 'content/projecten/achter-de-voordeur.md',
    url: '/projecten/achter-de-voordeur/',
    aliases: ['/Deelprojecten/Wonen_en_leven/Achter_de_voordeur'],
  };

  it('accepts distinct old addresses', () => {
    expect(
      aliasClashes(
        [project, { file: 'content/paginas/over.md', url: '/over/', aliases: ['/kerkrade-west/over'] }],
        ['/projecten/'],
      ),
    ).toEqual([]);
  });

  it('names both files when two items claim one old address, ignoring case and a trailing slash', () => {
    const other = {
      file: 'content/nieuws/x.md',
      url: '/nieuws/x/',
      aliases: ['/deelprojecten/wonen_en_leven/achter_de_voordeur/'],
    };
    expect(aliasClashes([project, other])).toEqual([
      'content/nieuws/x.md: veld "aliases": "/deelprojecten/wonen_en_leven/achter_de_voordeur/" is al in gebruik door content/projecten/achter-de-voordeur.md',
    ]);
  });

  it('refuses an old address that is the address of a real page', () => {
    const other = {
      file: 'content/nieuws/x.md',
      url: '/nieuws/x/',
      aliases: ['/projecten/achter-de-voordeur'],
    };
    expect(aliasClashes([project, other])).toEqual([
      'content/nieuws/x.md: veld "aliases": "/projecten/achter-de-voordeur" is al in gebruik door content/projecten/achter-de-voordeur.md',
    ]);
  });

  it('refuses an old address that is a fixed page of the site', () => {
    const page = { file: 'content/paginas/oud.md', url: '/oud/', aliases: ['/nieuws'] };
    expect(aliasClashes([page], ['/nieuws/'])).toEqual([
      'content/paginas/oud.md: veld "aliases": "/nieuws" is al in gebruik door een vaste pagina van de site',
    ]);
  });

  it('refuses a page file whose address is a fixed page', () => {
    expect(
      aliasClashes([{ file: 'content/paginas/nieuws.md', url: '/nieuws/', aliases: [] }], ['/nieuws/']),
    ).toEqual([
      'content/paginas/nieuws.md: het adres /nieuws/ is al in gebruik door een vaste pagina van de site; kies een andere bestandsnaam',
    ]);
  });

  it('refuses an item’s own address, or one old address written twice', () => {
    const own = { file: 'content/paginas/over.md', url: '/over/', aliases: ['/over', '/oud', '/OUD/'] };
    expect(aliasClashes([own])).toEqual([
      'content/paginas/over.md: veld "aliases": "/over" is het eigen adres van deze pagina of staat er twee keer in',
      'content/paginas/over.md: veld "aliases": "/OUD/" is het eigen adres van deze pagina of staat er twee keer in',
    ]);
  });
});

describe('editorAddressClashes', () => {
  // Netlify's /admin/* header rule also matches /administratie/ (any path starting with /admin).
  it('refuses a page or an old address under the editor’s prefix, in any case', () => {
    const problems = editorAddressClashes(
      [
        {
          file: 'content/paginas/administratie.md',
          url: '/administratie/',
          aliases: ['/Admin/oud', '/over/admin/'],
        },
        { file: 'content/paginas/contact.md', url: '/contact/', aliases: ['/contact-admin/'] },
      ],
      '/admin',
    );
    expect(problems).toEqual([
      'content/paginas/administratie.md: het adres /administratie/ begint met /admin, dat is voor de redactieomgeving; kies een andere bestandsnaam',
      'content/paginas/administratie.md: veld "aliases": "/Admin/oud" begint met /admin, dat is voor de redactieomgeving',
    ]);
  });
});

describe('unknown fields', () => {
  const fields = [
    'title',
    'date',
    'summary',
    'projects',
    'neighbourhoods',
    'image',
    'imageAlt',
    'draft',
    'aliases',
  ];

  it('guesses the field an editor meant', () => {
    expect(closestName('draf', fields)).toBe('draft');
    expect(closestName('titel', fields)).toBe('title');
    expect(closestName('Summary', fields)).toBe('summary');
    expect(closestName('imagealt', fields)).toBe('imageAlt');
    expect(closestName('neighborhoods', fields)).toBe('neighbourhoods');
  });

  it('guesses nothing when no field is close', () => {
    expect(closestName('auteur', fields)).toBeUndefined();
    expect(closestName('x', fields)).toBeUndefined();
  });

  it('names the unknown field, the likely one and every allowed field', () => {
    expect(unknownFieldMessage(['draf', 'auteur'], ['title', 'draft'])).toBe(
      'onbekend veld "draf" (bedoelt u "draft"?), "auteur"; toegestane velden zijn: title, draft',
    );
  });
});

describe('pageNumberSlugs', () => {
  it('refuses a news file named only by a number, which would take the address of a list page', () => {
    expect(
      pageNumberSlugs(
        [
          { file: 'content/nieuws/2.md', id: '2' },
          { file: 'content/nieuws/2012.md', id: '2012' },
          { file: 'content/nieuws/2-nieuwe-woningen.md', id: '2-nieuwe-woningen' },
        ],
        '/nieuws/',
      ),
    ).toEqual([
      'content/nieuws/2.md: de bestandsnaam "2" is alleen een getal, maar /nieuws/2/ is een pagina van het overzicht; zet er een woord bij, bijvoorbeeld "2-bericht.md"',
      'content/nieuws/2012.md: de bestandsnaam "2012" is alleen een getal, maar /nieuws/2012/ is een pagina van het overzicht; zet er een woord bij, bijvoorbeeld "2012-bericht.md"',
    ]);
  });
});
