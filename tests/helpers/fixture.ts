/**
 * The good fixture: a small but complete content set that tests build from, and then break one
 * thing at a time. `fixtureSite()` is its production build, made once per test run and shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sharedBuild, type BuildResult } from '../../scripts/lib/astro-build.ts';
import { md, SITE_YAML, writeFixture, type Files } from '../../scripts/lib/content-folder.ts';
import { syntheticSite } from '../fixtures/synthetic-site.mjs';
import { amsterdamDay } from '../../src/lib/dates/amsterdam.ts';

/** An Amsterdam day counted from the day the tests run: the agenda splits what is coming from the past on it. */
export const dayFromToday = (days: number) => amsterdamDay(new Date(Date.now() + days * 86_400_000));

/** The address the shared fixture build is made for, so absolute addresses can be checked. */
export const FIXTURE_SITE = 'https://voorbeeld.westwint.test';

/** A sentence of 40 words, far over the plain-language limit (src/lib/readability/). */
export const LONG_SENTENCE =
  'Het programma West wint aan ruimte is in 2011 begonnen met als doel om met alle bewoners, de gemeente, de woningcorporatie en ook de provincie de buurten van Kerkrade-West veiliger, groener en echt veel prettiger om in te wonen te maken.';

/**
 * The good fixture: every content type, a draft and a future item, and enough news for two pages.
 * Meetings: one in 2017 and one yesterday (the archive), tomorrow and the day after (one called
 * off), a whole day in 2099, and a draft.
 */
export function baseFixture(): Files {
  const files: Files = {
    'site.yaml': SITE_YAML,
    'themas/wonen-en-leven.md': md('title: Wonen en leven\nsummary: Prettig wonen.\norder: 1'),
    'themas/natuur-en-duurzaamheid.md': md('title: Natuur en duurzaamheid\nsummary: Meer groen.\norder: 2'),
    'buurten/heilust.md': md('title: Heilust\nsummary: Een buurt in West.'),
    'buurten/kaalheide.md': md('title: Kaalheide\nsummary: Nog een buurt.'),
    'projecten/achter-de-voordeur.md': md(
      `title: Achter de voordeur
summary: Huisbezoeken bij ongeveer 1.000 gezinnen.
theme: wonen-en-leven
neighbourhoods: [heilust]
status: afgerond
partners: [Gemeente Kerkrade, Hestia groep]
aliases: ["/Deelprojecten/Wonen_en_leven/Achter_de_voordeur"]`,
      'Door middel van huisbezoeken willen we de bewoners beter leren kennen.\n\n| kolom | waarde |\n|---|---|\n| a | b |\n\nEen voetnoot[^1].\n\n[^1]: De uitleg.\n\n<p onclick="alert(1)">Klik</p><script>alert(2)</script>',
    ),
    // With an image, to see it go through astro:assets.
    'projecten/park-west.md': md(
      'title: Park West\nsummary: Een groot park.\ntheme: natuur-en-duurzaamheid\nneighbourhoods: [heilust, kaalheide]\nstatus: in-uitvoering\nimage: ./park-west.jpg\nimageAlt: Een grasveld met jonge bomen.',
    ),
    'projecten/park-west.jpg': readFileSync(join(ROOT, 'tests/fixtures/park.jpg')),
    // A project and a neighbourhood with no news yet, which the idea form must still offer.
    'projecten/nieuw-buurtplein.md': md(
      'title: Nieuw buurtplein\nsummary: Een plein dat er net bij is.\ntheme: wonen-en-leven\nneighbourhoods: [gracht]\nstatus: gepland',
    ),
    'buurten/gracht.md': md('title: Gracht\nsummary: Een buurt die er net bij is.'),
    // Raw HTML in Markdown: the build keeps the text and removes what could run.
    'paginas/html.md': md(
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
    ),
    'paginas/over-het-programma.md': md(
      'title: Over het programma\nsummary: Wat West wint aan ruimte is.\nupdated: 2014-03-03\nwijzigingen: ["De partners van het programma bijgewerkt."]\naliases: ["/kerkrade-west/over"]',
      // A sentence of 40 words: the build warns about it and goes on.
      LONG_SENTENCE,
    ),
    'moeilijke-woorden.yaml': readFileSync(join(ROOT, 'content/moeilijke-woorden.yaml'), 'utf8'),
    'nieuwsbrief/heilust-1.md': md(
      'title: Nieuwsbrief Heilust 1\nedition: 1\ndate: 2011-06-01\nsummary: De eerste editie.',
    ),
    // A real PDF under public/, so the edition feed has an enclosure with a real length.
    'nieuwsbrief/heilust-2.md': md(
      'title: Nieuwsbrief Heilust 2\nedition: 2\ndate: 2012-03-15\nsummary: De tweede editie.\npdf: /nieuwsbrief/pdf/heilust-2.pdf',
    ),
    'nieuwsbrief/heilust-3.md': md(
      'title: Nieuwsbrief Heilust 3\nedition: 3\ndate: 2013-01-10\nsummary: Concept.\ndraft: true',
    ),
    'nieuws/uitvoeringsovereenkomst-heilust.md': md(
      `title: Uitvoeringsovereenkomst Heilust getekend
date: 2011-12-08
summary: De partners tekenden de uitvoeringsovereenkomst.
projects: [park-west]
neighbourhoods: [heilust]
aliases: ["/kerkrade-west/nieuws/nieuwsarchief/uitvoeringsovereenkomst"]`,
      // Relative links, so the feeds' absolute addresses can be checked.
      'De partners tekenden. Lees meer over [Park West](/projecten/park-west/) en [het slot](#slot).\n\n<p id="slot">Slot.</p>',
    ),
    'agenda/informatiemarkt-west.md': md(
      'title: Informatiemarkt West\nsummary: Een middag vol informatie.\nstart: 2017-04-22 13:00\nend: 2017-04-22 17:00\nlocation: Auw Noeëdkirch\naddress: Ons Limburgstraat 57, Kerkrade\nneighbourhoods: [heilust, kaalheide]',
      'Hoor wat er gebeurt in Kerkrade-West.',
    ),
    'agenda/spreekuur-gisteren.md': md(
      `title: Spreekuur woonconsulent\nsummary: Stel uw vragen over wonen.\nstart: ${dayFromToday(-1)} 14:00\nend: ${dayFromToday(-1)} 15:00\nlocation: Buurtkamer\nneighbourhoods: [kaalheide]`,
    ),
    'agenda/bewonersavond-park-west.md': md(
      `title: Bewonersavond Park West\nsummary: Kies mee hoe de tuinen worden.\nstart: ${dayFromToday(1)} 19:30\nend: ${dayFromToday(1)} 21:00\nlocation: Buurthuis 't Westhoes\naddress: Kampstraat 1, 6466 AB Kerkrade\nprojects: [park-west]\naliases: ["/bewonersavond"]`,
      'Het woord tuinkabouterplan staat alleen hier.',
    ),
    'agenda/wandeling-park-west.md': md(
      `title: Wandeling door Park West\nsummary: Een wandeling met de groenbeheerder.\nstart: ${dayFromToday(2)} 10:00\nlocation: Ingang Park West\nprojects: [park-west]\nneighbourhoods: [heilust]\ncancelled: Er waren te weinig aanmeldingen.\nupdated: ${dayFromToday(0)}`,
    ),
    'agenda/open-dagen-buurtkamer.md': md(
      'title: Open dagen in de buurtkamer\nsummary: Kom kijken.\nstart: 2099-05-01\nend: 2099-05-02\nlocation: Buurtkamer Geraniumstraat\nneighbourhoods: [heilust]',
    ),
    'agenda/geheime-bijeenkomst.md': md(
      `title: Geheime bijeenkomst\nsummary: Nog niet klaar.\nstart: ${dayFromToday(3)} 19:00\nlocation: Buurtkamer\ndraft: true`,
    ),
    'nieuws/geheim-concept.md': md(
      'title: Geheim concept\ndate: 2012-01-01\nsummary: Nog niet klaar.\ndraft: true\naliases: ["/oud/concept"]',
      'Het woord zwaluwstaartvlinder staat alleen hier.',
    ),
    // Ideas: one shown (public and answered), one waiting for its answer, one answered but not public.
    'ideeen/2027-001.md': md(
      'received: 2027-01-04\nstatus: uitgevoerd\nanswered: 2027-01-20\npublic: true\nprojects: [park-west]\nidea: Zet een bank bij de vijver. Het woord fluitketeltje staat alleen in een getoond idee.',
      'De bank staat er. Het woord pannenkoekenpan staat alleen in een getoond antwoord.',
    ),
    'ideeen/2027-002.md':
      '---\nreceived: 2027-01-10\nstatus: ontvangen\npublic: true\nidea: Het woord kwartelkoning staat alleen in een idee zonder antwoord.\n---\n',
    'ideeen/2027-003.md': md(
      'received: 2027-01-11\nstatus: niet-uitgevoerd\nanswered: 2027-01-30\npublic: false\nprojects: [park-west]\nidea: Het woord sneeuwklokje staat alleen in een idee dat niet openbaar is.',
      'Het woord bosanemoon staat alleen in een antwoord dat niet getoond wordt.',
    ),
    'nieuws/bericht-uit-de-toekomst.md': md(
      'title: Bericht uit de toekomst\ndate: 2099-01-01\nsummary: Nog niet verschenen.',
      'Het woord toekomstmuziekje staat alleen hier.',
    ),
  };
  // 21 more published items, one per month of 2013-2014, so the news list needs two pages.
  for (let i = 1; i <= 21; i++) {
    const month = String(((i - 1) % 12) + 1).padStart(2, '0');
    const year = 2013 + Math.floor((i - 1) / 12);
    // The first has been updated since, with a note of what changed.
    const update =
      i === 1 ? '\nupdated: 2013-02-20\nwijzigingen: ["De datum van de bijeenkomst verbeterd."]' : '';
    files[`nieuws/bericht-${i}.md`] = md(
      `title: Bericht ${i}\ndate: ${year}-${month}-15\nsummary: Samenvatting ${i}.\nprojects: [achter-de-voordeur]${update}`,
    );
  }
  return files;
}

/**
 * The good fixture's production build, for FIXTURE_SITE: built by the first test file that asks.
 * Built with NODE_ENV=development, as a runner might set it: a production build must still
 * publish no draft (tests/builds/publishing.test.ts).
 */
export function fixtureSite(): BuildResult {
  const build = sharedBuild('good-fixture', () => writeFixture(baseFixture()), {
    SITE_URL: FIXTURE_SITE,
    NODE_ENV: 'development',
  });
  if (!build.ok) throw new Error(`The good fixture did not build:\n${build.output}`);
  return build;
}

/** How many news items the large site has: more than the news feed holds, and a few hundred pages. */
export const LARGE_SITE_NEWS = 150;

/**
 * A site of LARGE_SITE_NEWS news items and 12 editions (the benchmarks' corpus), built once per
 * run for the default site address, with the walks over the archive counted
 * (tests/builds/archive-cost.test.ts): its build log says how many.
 */
export function largeSite(): BuildResult {
  const files = syntheticSite({ news: LARGE_SITE_NEWS, editions: 12, projects: 8 });
  const build = sharedBuild('large-site', () => writeFixture(files), { WESTWINT_COUNT_ARCHIVE_WALKS: '1' });
  if (!build.ok) throw new Error(`The large site did not build:\n${build.output}`);
  return build;
}
