/**
 * The synthetic content both benchmarks build (npm run bench:search, npm run bench:build):
 * Dutch-looking text with a realistic spread of common, topical and rare words, from a seeded
 * generator, so every run writes the same corpus.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { suggestSlug as slugOf } from '../../src/lib/content/slugs.ts';
import { SITE_YAML, md } from './content-folder.ts';

/** A small seeded generator, so every run indexes the same text. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20111208);
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (low, high) => low + Math.floor(rand() * (high - low + 1));

const STREETS = [
  'Gladiolenstraat',
  'Heilustraat',
  'Anjelierstraat',
  'Tulpenstraat',
  'Kaalheidersteenweg',
  'Chevremontstraat',
  'Hamstraat',
  'Oude Maastrichterweg',
  'Rolduckerweg',
  'Dr. Ariënsstraat',
  'Sint Pieterstraat',
  'Nieuwstraat',
  'Vliegveldweg',
  'Bleijerheiderstraat',
  'Holzstraat',
];
const PLACES = [
  'Heilust',
  'Kaalheide',
  'Chevremont',
  'Bleijerheide',
  'Holz',
  'Spekholzerheide',
  'Terwinselen',
  'Haanrade',
];
/** The most frequent Dutch words: they make up about 40 % of running text. */
const COMMON = (
  'de het een en van in op te dat die is met voor zijn er niet aan om ook als bij door over naar ' +
  'worden wordt werd kan zal zullen nog maar dan wel al uit tot onder na meer veel geen deze dit ' +
  'wij we u ze hun ons onze uw hij zij men hier daar waar wanneer hoe wat wie omdat want of dus'
).split(' ');
/** Words of this programme's subject, moderately frequent. */
const TOPIC = (
  'bewoners buurt wijk huis woning woningen sloop nieuwbouw renovatie tuin park groen speelplek school ' +
  'gemeente corporatie plan planning bouw bouwen uitvoering overleg avond bijeenkomst informatie vragen ' +
  'straat stoep verkeer parkeren fietspad veiligheid verlichting bomen water riolering energie isolatie ' +
  'zonnepanelen buurthuis wijkcentrum jongeren ouderen gezinnen zorg welzijn vrijwilligers activiteiten ' +
  'huisbezoeken huisbezoek keukentafel gesprek ideeën wensen ontwerp tekening schets inspraak besluit ' +
  'raad college wethouder provincie subsidie geld begroting afspraken overeenkomst partners samenwerking ' +
  'kinderen spelen sport voetbal wandelen hond markt winkel bibliotheek kerk monument geschiedenis mijn ' +
  'steenkool mijnwerkers vroeger toekomst leefbaarheid schoon heel veilig trots samen eerste tweede ' +
  'week maand jaar voorjaar zomer najaar winter januari februari maart april mei juni juli augustus ' +
  'september oktober november december start klaar gereed fase deel aannemer sloopwerk bouwhekken ' +
  'omleiding afsluiting bereikbaarheid bus halte route kaart tekening nieuwsbrief website bericht'
)
  .split(' ')
  .filter((word) => !word.startsWith('huisbezoek'));
/**
 * A long tail of rarer words, as real text has: 4,000 made-up Dutch-sounding words, each
 * picked with a Zipf-like weight, so the index has realistic sizes per word.
 */
const SYLLABLES =
  'ber ken sto wij lan mer tel ho ge ver ont be aar dijk straat hof veld berg dal bos molen kamp haag broek'.split(
    ' ',
  );
const RARE = Array.from({ length: 4000 }, (_, i) => {
  const parts = [
    SYLLABLES[i % SYLLABLES.length],
    SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length],
    SYLLABLES[Math.floor(i / 529) % SYLLABLES.length],
  ];
  return `${parts.join('')}${i % 7 === 0 ? 'en' : ''}`;
});
/** Zipf: the word of rank r is picked with weight 1/r. */
function zipfPicker(words) {
  const cumulative = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = rand() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return words[low];
  };
}
const pickCommon = zipfPicker(COMMON);
const pickTopic = zipfPicker(TOPIC);
const pickRare = zipfPicker(RARE);
const word = () => {
  const roll = rand();
  return roll < 0.45 ? pickCommon() : roll < 0.8 ? pickTopic() : pickRare();
};

function sentence() {
  const words = Array.from({ length: between(8, 18) }, word);
  if (rand() < 0.08) words.splice(between(1, words.length - 1), 0, 'aan de', pick(STREETS));
  if (rand() < 0.08) words.splice(between(1, words.length - 1), 0, 'in', pick(PLACES));
  // Home visits are one project's subject: a word that a few hundred items mention, not all.
  if (rand() < 0.01) words.splice(between(1, words.length - 1), 0, pick(['huisbezoek', 'huisbezoeken']));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (sentences) => Array.from({ length: sentences }, sentence).join(' ');
const body = (paragraphs) => Array.from({ length: paragraphs }, () => paragraph(between(3, 6))).join('\n\n');
const quoted = (text) => JSON.stringify(text);

function day(rangeStart, rangeEnd) {
  const ms = rangeStart.getTime() + rand() * (rangeEnd.getTime() - rangeStart.getTime());
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A synthetic site written to the content contract: themes, neighbourhoods, pages, `projects`
 * projects, `editions` editions and `news` news items, each item dated between 2009 and 2024.
 * With `linkAll`, every news item names one project and one neighbourhood; otherwise about half do.
 */
export function syntheticSite({ news, editions, projects: projectCount, meetings = 0, linkAll = false }) {
  const files = {
    'site.yaml': SITE_YAML,
  };
  const themes = [
    'Wonen en leven',
    'Natuur en duurzaamheid',
    'Werk en economie',
    'Verkeer en bereikbaarheid',
  ];
  themes.forEach((title, i) => {
    files[`themas/${slugOf(title)}.md`] = md(
      `title: ${title}\nsummary: ${sentence()}\norder: ${i + 1}`,
      body(2),
    );
  });
  for (const title of PLACES)
    files[`buurten/${slugOf(title)}.md`] = md(`title: ${title}\nsummary: ${sentence()}`, body(2));
  for (const title of ['Over het programma', 'Contact', 'Privacy']) {
    files[`paginas/${slugOf(title)}.md`] = md(`title: ${title}\nsummary: ${sentence()}`, body(3));
  }

  const projects = [];
  for (let i = 1; i <= projectCount; i++) {
    const title =
      i === 1
        ? 'Achter de voordeur'
        : `${pick(['Herinrichting', 'Sloop en nieuwbouw', 'Renovatie', 'Groen plan', 'Speelplek'])} ${pick(STREETS)} ${i}`;
    const slug = slugOf(title);
    projects.push(slug);
    const text =
      i === 1
        ? `Door middel van huisbezoeken willen we de bewoners beter leren kennen.\n\n${body(4)}`
        : body(between(3, 6));
    files[`projecten/${slug}.md`] = md(
      `title: ${quoted(title)}
summary: ${quoted(sentence())}
theme: ${slugOf(pick(themes))}
neighbourhoods: [${[...new Set([pick(PLACES), pick(PLACES)])].map(slugOf).join(', ')}]
status: ${pick(['gepland', 'in-uitvoering', 'afgerond'])}`,
      text,
    );
  }

  for (let i = 1; i <= editions; i++) {
    const date = day(new Date('2009-01-01'), new Date('2024-12-31'));
    files[`nieuwsbrief/heilust-${i}.md`] = md(
      `title: Nieuwsbrief Heilust ${i}\nedition: ${i}\ndate: ${date}\nsummary: ${quoted(sentence())}`,
      body(between(4, 8)),
    );
  }

  for (let i = 1; i <= news; i++) {
    const date = day(new Date('2009-01-01'), new Date('2024-12-31'));
    const title = `${pick(['Start', 'Nieuws over', 'Bijeenkomst over', 'Planning', 'Afronding', 'Sloop', 'Uitnodiging'])} ${pickTopic()} ${pick(STREETS)}`;
    const linked = linkAll || rand() < 0.5 ? [pick(projects)] : [];
    files[`nieuws/bericht-${i}.md`] = md(
      `title: ${quoted(`${title} (${i})`)}
date: ${date}
summary: ${quoted(sentence().slice(0, 280))}
projects: [${linked.join(', ')}]
neighbourhoods: [${linkAll || rand() < 0.6 ? slugOf(pick(PLACES)) : ''}]`,
      body(between(2, 5)),
    );
  }
  // Meetings from 2009 to 2028: evenings with a start and end, some whole days, one in ten called off.
  for (let i = 1; i <= meetings; i++) {
    const date = day(new Date('2009-01-01'), new Date('2028-12-31'));
    const allDay = rand() < 0.2;
    const hour = between(9, 19);
    const when = allDay
      ? `start: ${date}`
      : `start: ${date} ${String(hour).padStart(2, '0')}:30\nend: ${date} ${String(hour + 2).padStart(2, '0')}:00`;
    files[`agenda/bijeenkomst-${i}.md`] = md(
      `title: ${quoted(`${pick(['Bewonersavond', 'Informatiemarkt', 'Open dag', 'Spreekuur'])} ${pickTopic()} ${pick(STREETS)} (${i})`)}
summary: ${quoted(sentence().slice(0, 280))}
${when}
location: ${quoted(`Buurthuis ${pick(PLACES)}`)}
projects: [${pick(projects)}]
neighbourhoods: [${slugOf(pick(PLACES))}]${rand() < 0.1 ? '\ncancelled: Te weinig aanmeldingen.' : ''}`,
      body(between(1, 3)),
    );
  }
  return files;
}

export function folderBytes(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderBytes(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}
