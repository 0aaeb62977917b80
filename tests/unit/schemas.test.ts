/**
 * Every per-field rule of the content model, with the Dutch message an editor sees.
 * The schemas are plain Zod (src/lib/content/schemas.ts), so these run in milliseconds;
 * tests/build/content-errors.test.ts proves that such a message stops a real build.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TypeName } from '../../src/lib/content/model';
import { expectation } from '../../src/lib/content/rules/wording';
import { collectionSchema, fileProblems, fileSchemas } from '../../src/lib/content/schemas';
import { SETTINGS_SCHEMA } from '../../src/lib/content/settings';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { GOOD_SETTINGS } from '../helpers/settings';

const schemas = fileSchemas();

type CollectionName = TypeName | 'site';
const inPublic = fileSchemas((path) => existsSync(join('public', path)));

/** "field: message" for every problem of a file as written, as the build and the editor check it (PDFs in this repository's public/). */
function problems(name: CollectionName, data: Record<string, unknown>): string[] {
  const schema = name === 'site' ? SETTINGS_SCHEMA : inPublic[name];
  return fileProblems(schema, data, 'x.md').map(
    ({ field, issue }) => `${field ?? ''}: ${expectation(issue)}`,
  );
}

const theme = { title: 'Wonen en leven', summary: 'Prettig wonen.', order: 1 };
const project = {
  title: 'Park West',
  summary: 'Een park.',
  theme: 'natuur',
  neighbourhoods: ['heilust'],
  status: 'gepland',
};
const news = { title: 'Een bericht', date: '2012-05-05', summary: 'Kort.' };
const edition = {
  title: 'Nieuwsbrief Heilust 1',
  edition: 1,
  date: '2011-06-01',
  summary: 'De eerste editie.',
};
const page = { title: 'Privacy', summary: 'Wat wij bewaren.' };
const settings = GOOD_SETTINGS;

describe('good content passes', () => {
  it.each<[CollectionName, Record<string, unknown>]>([
    ['themes', theme],
    ['neighbourhoods', { title: 'Heilust', summary: 'Een buurt.' }],
    [
      'projects',
      {
        ...project,
        partners: ['HEEMwonen'],
        image: './park.jpg',
        imageAlt: 'Het park.',
        aliases: ['/Deelprojecten/Park'],
      },
    ],
    [
      'news',
      {
        ...news,
        projects: ['park-west'],
        neighbourhoods: ['heilust'],
        draft: true,
        updated: '2012-05-05',
        wijzigingen: ['Tijd verbeterd.'],
      },
    ],
    ['editions', { ...edition, pdf: '/nieuwsbrief/pdf/heilust-2.pdf' }],
    ['pages', { ...page, updated: '2014-03-03', wijzigingen: ['Nieuw telefoonnummer.'] }],
    ['site', settings],
  ])('%s', (name, data) => {
    expect(problems(name, data)).toEqual([]);
  });

  it('reads a date as the start of that day in Amsterdam, written with or without quotes', () => {
    const quoted = schemas.news.parse({ ...news, date: '2011-12-08' });
    const unquoted = schemas.news.parse({ ...news, date: new Date('2011-12-08T00:00:00Z') });
    expect(quoted.date).toEqual(startOfAmsterdamDay('2011-12-08'));
    expect(unquoted.date).toEqual(startOfAmsterdamDay('2011-12-08'));
  });

  it('fills in the defaults an editor may leave out', () => {
    expect(schemas.news.parse(news)).toMatchObject({
      projects: [],
      neighbourhoods: [],
      draft: false,
      aliases: [],
    });
    expect(schemas.projects.parse(project)).toMatchObject({
      partners: [],
      aliases: [],
      theme: { id: 'natuur', collection: 'themes' },
    });
  });

  it('trims text', () => {
    expect(schemas.pages.parse({ ...page, title: '  Privacy  ' }).title).toBe('Privacy');
  });
});

describe('each mistake names its field and says what is expected', () => {
  it.each<[string, CollectionName, Record<string, unknown>, string]>([
    [
      'a missing required field',
      'themes',
      { summary: 'Prettig wonen.', order: 1 },
      'title: verwacht een titel (tekst)',
    ],
    ['an empty title', 'pages', { ...page, title: '   ' }, 'title: een titel mag niet leeg zijn'],
    [
      'a field of the wrong type',
      'themes',
      { ...theme, order: 'een' },
      'order: verwacht een volgnummer (1, 2, 3 …)',
    ],
    ['true/false written in Dutch', 'news', { ...news, draft: 'ja' }, 'draft: verwacht true of false'],
    [
      'a status that does not exist',
      'projects',
      { ...project, status: 'klaar' },
      'status: verwacht gepland, in-uitvoering of afgerond',
    ],
    [
      'a project without neighbourhoods',
      'projects',
      { ...project, neighbourhoods: [] },
      'neighbourhoods: noem ten minste één buurt',
    ],
    [
      'neighbourhoods that are not a list',
      'projects',
      { ...project, neighbourhoods: 'heilust' },
      'neighbourhoods: verwacht een lijst van namen uit content/buurten/',
    ],
    [
      'a summary over 300 characters',
      'news',
      { ...news, summary: 'Heel lang. '.repeat(28) },
      'summary: een samenvatting is hoogstens 300 tekens',
    ],
    [
      'a missing date',
      'news',
      { title: 'Een bericht', summary: 'Kort.' },
      'date: verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2011-12-08',
    ],
    [
      'an impossible date',
      'news',
      { ...news, date: '2011-02-30' },
      'date: "2011-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08',
    ],
    [
      'a date written another way',
      'editions',
      { ...edition, date: '1 juni 2011' },
      'date: "1 juni 2011" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08',
    ],
    [
      'an edition number with a fraction',
      'editions',
      { ...edition, edition: 1.5 },
      'edition: een editienummer is een heel getal',
    ],
    [
      'an edition number of 0',
      'editions',
      { ...edition, edition: 0 },
      'edition: een editienummer is groter dan 0',
    ],
    [
      'an edition number in words',
      'editions',
      { ...edition, edition: 'een' },
      'edition: verwacht een editienummer (1, 2, 3 …)',
    ],
    [
      'a PDF that does not exist',
      'editions',
      { ...edition, pdf: '/nieuwsbrief/pdf/bestaat-niet.pdf' },
      'pdf: het bestand public/nieuwsbrief/pdf/bestaat-niet.pdf bestaat niet',
    ],
    [
      'a PDF path that does not start at public/',
      'editions',
      { ...edition, pdf: 'nieuwsbrief/pdf/heilust-2.pdf' },
      'pdf: verwacht een pad als /nieuwsbrief/pdf/heilust-1.pdf',
    ],
    [
      'a PDF path that climbs out of public/',
      'editions',
      { ...edition, pdf: '/../package.pdf' },
      'pdf: verwacht een pad als /nieuwsbrief/pdf/heilust-1.pdf',
    ],
    [
      'an image without a description',
      'projects',
      { ...project, image: './foto.jpg' },
      'imageAlt: een afbeelding heeft een beschrijving (imageAlt) nodig',
    ],
    [
      'a description without an image',
      'news',
      { ...news, imageAlt: 'Een foto.' },
      'image: imageAlt staat er, maar image ontbreekt',
    ],
    [
      'an old address without a leading slash',
      'news',
      { ...news, aliases: ['kerkrade-west/oud'] },
      'aliases.0: een oud adres begint met "/" en bevat geen spaties, "?" of "#"',
    ],
    [
      'an old address with a query',
      'pages',
      { ...page, aliases: ['/oud?id=3'] },
      'aliases.0: een oud adres begint met "/" en bevat geen spaties, "?" of "#"',
    ],
    [
      'an update before the item’s own date',
      'news',
      { ...news, updated: '2012-05-04' },
      'updated: de datum updated ligt vóór de datum van het bericht (date); een bericht kan niet eerder bijgewerkt zijn dan geplaatst',
    ],
    [
      'change notes without an update date',
      'projects',
      { ...project, wijzigingen: ['Planning aangepast.'] },
      'updated: wijzigingen staan er, maar de datum updated ontbreekt',
    ],
    [
      'change notes that are not a list',
      'pages',
      { ...page, updated: '2014-03-03', wijzigingen: 'Nieuw adres.' },
      'wijzigingen: verwacht een lijst van korte beschrijvingen van wat er is gewijzigd',
    ],
    [
      'a change note over 200 characters',
      'pages',
      { ...page, updated: '2014-03-03', wijzigingen: ['x'.repeat(201)] },
      'wijzigingen.0: een wijziging is hoogstens 200 tekens',
    ],
    [
      'an impossible update date',
      'projects',
      { ...project, updated: '2014-02-30' },
      'updated: "2014-02-30" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08',
    ],
    [
      'old addresses that are not a list',
      'pages',
      { ...page, aliases: '/oud' },
      'aliases: verwacht een lijst van oude adressen',
    ],
    [
      'a partner site over http',
      'site',
      { ...settings, partners: [{ name: 'Gemeente', url: 'http://www.kerkrade.nl' }] },
      'partners.0.url: verwacht een https-adres',
    ],
    [
      'a navigation link elsewhere over http',
      'site',
      { ...settings, navigation: [{ label: 'X', href: 'http://x.nl' }] },
      'navigation.0.href: een link begint met / of https://',
    ],
    [
      'a security contact that is not an address',
      'site',
      { ...settings, security: { ...settings.security, contact: 'info@westwint.nl' } },
      'security.contact: verwacht mailto:naam@domein.nl, een https-adres of tel:+31…',
    ],
    [
      'a security expiry, which the build now writes itself',
      'site',
      { ...settings, security: { ...settings.security, expires: '2027-06-30' } },
      'security: onbekend veld "expires"; toegestane velden zijn: contact, languages, policy',
    ],
    [
      'a language written out',
      'site',
      { ...settings, security: { ...settings.security, languages: ['Nederlands'] } },
      'security.languages.0: verwacht een taalcode als nl of en',
    ],
    [
      'a sign-up address that is not an address',
      'site',
      { ...settings, newsletterSignupAction: 'mailto:x@y.nl' },
      'newsletterSignupAction: verwacht een adres dat begint met / of https://',
    ],
  ])('%s', (_, name, data, message) => {
    expect(problems(name, data)).toContain(message);
  });

  it('an unknown field names itself, the field probably meant and the allowed fields', () => {
    expect(problems('news', { ...news, draf: true })).toEqual([
      ': onbekend veld "draf" (bedoelt u "draft"?); toegestane velden zijn: title, date, summary, projects, neighbourhoods, image, imageAlt, updated, wijzigingen, draft, aliases',
    ]);
  });
});

describe('collectionSchema, the schemas Astro uses', () => {
  const entryImage = (folder: string) => (() => z.string().transform((path) => `${folder}/${path}`)) as never;
  const tools = (folder: string) => ({
    image: entryImage(folder),
    reference: (collection: string) => z.string().transform((id) => ({ id, collection })),
  });

  it('uses the image() of each entry, and keeps every rule and message', () => {
    const first = collectionSchema('news', tools('content/nieuws/a')).parse({
      ...news,
      image: 'foto.jpg',
      imageAlt: 'Een foto.',
    });
    const second = collectionSchema('news', tools('content/nieuws/b')).parse({
      ...news,
      image: 'foto.jpg',
      imageAlt: 'Een foto.',
    });
    expect([first.image, second.image]).toEqual(['content/nieuws/a/foto.jpg', 'content/nieuws/b/foto.jpg']);
    const problems = (data: Record<string, unknown>) =>
      collectionSchema('projects', tools('x'))
        .safeParse(data)
        .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(problems({ ...project, image: './foto.jpg' })).toEqual([
      'imageAlt: een afbeelding heeft een beschrijving (imageAlt) nodig',
    ]);
    expect(problems({ ...project, statuss: 'gepland' })?.[0]).toContain(
      'onbekend veld "statuss" (bedoelt u "status"?)',
    );
    expect(collectionSchema('themes', tools('x')).safeParse(theme).success).toBe(true);
  });
});
