#!/usr/bin/env node
/**
 * npm run nieuw: a new news item, newsletter edition, meeting or project, for editors who work in git.
 * Asks in Dutch for what the file needs (choices from the existing files), writes it named by
 * its title, checks it with the build's own schemas (src/lib/content/new-item.ts), never
 * overwrites a file, and says what to do next.
 *
 * Every answer can also be given as an option, which is how the tests run it:
 *   --soort nieuws|nieuwsbrief|agenda|projecten --titel … --datum JJJJ-MM-DD --samenvatting …
 *   --projecten a,b --buurten a,b --thema … --status … --editie N --map <content folder>
 *   --begin "JJJJ-MM-DD UU:MM" --einde … --plaats … --adres … (a meeting)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkbox, input, number, select } from '@inquirer/prompts';
import { frontMatterFields } from '../src/lib/content/front-matter.ts';
import { NEW_ITEM_KINDS, newItemFile, nextEdition } from '../src/lib/content/new-item.ts';
import { PROJECT_STATUSES } from '../src/lib/content/schemas.ts';
import { slugFromPath } from '../src/lib/content/slugs.ts';
import { amsterdamDay } from '../src/lib/dates/amsterdam.ts';
import { orList, t } from '../src/strings.ts';

const { values: given } = parseArgs({
  options: {
    soort: { type: 'string' },
    titel: { type: 'string' },
    datum: { type: 'string' },
    samenvatting: { type: 'string' },
    projecten: { type: 'string' },
    buurten: { type: 'string' },
    thema: { type: 'string' },
    status: { type: 'string' },
    editie: { type: 'string' },
    begin: { type: 'string' },
    einde: { type: 'string' },
    plaats: { type: 'string' },
    adres: { type: 'string' },
    map: { type: 'string', default: 'content' },
  },
});
const contentDir = given.map;
const list = (text) =>
  text
    ? text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

/** Slugs, titles and fields of a collection's files. */
function entries(folder) {
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const fields = frontMatterFields(readFileSync(join(dir, name), 'utf8'));
      return {
        slug: slugFromPath(name),
        title: typeof fields.title === 'string' ? fields.title : slugFromPath(name),
        fields,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

const themes = entries('themas');
const neighbourhoods = entries('buurten');
const projects = entries('projecten');
const existing = {
  themas: themes.map((e) => e.slug),
  buurten: neighbourhoods.map((e) => e.slug),
  projecten: projects.map((e) => e.slug),
};
const choices = (items) => items.map((e) => ({ name: e.title, value: e.slug }));

const kind =
  given.soort ??
  (await select({
    message: 'Wat wilt u maken?',
    choices: [
      { name: 'Een nieuwsbericht', value: 'nieuws' },
      { name: 'Een editie van de Nieuwsbrief Heilust', value: 'nieuwsbrief' },
      { name: 'Een bijeenkomst in de agenda', value: 'agenda' },
      { name: 'Een project', value: 'projecten' },
    ],
  }));
if (!NEW_ITEM_KINDS.includes(kind)) {
  console.error(`Onbekende soort "${kind}". Kies ${orList(NEW_ITEM_KINDS)}.`);
  process.exit(2);
}

const today = amsterdamDay(new Date());
const answers = {
  title: given.titel ?? (await input({ message: 'Titel:', required: true })),
};
if (kind === 'nieuws' || kind === 'nieuwsbrief')
  answers.date = given.datum ?? (await input({ message: 'Datum (JJJJ-MM-DD):', default: today }));
if (kind === 'nieuwsbrief') {
  const numbers = entries('nieuwsbrief').flatMap((e) =>
    Number.isInteger(e.fields.edition) ? [e.fields.edition] : [],
  );
  existing.editions = numbers;
  answers.edition = given.editie
    ? Number(given.editie)
    : await number({ message: 'Nummer van de editie:', default: nextEdition(numbers), required: true });
}
answers.summary =
  given.samenvatting ??
  (await input({
    message: kind === 'nieuws' ? 'Samenvatting (hoogstens 300 tekens):' : 'Samenvatting:',
    required: true,
  }));
if (kind === 'agenda') {
  answers.start =
    given.begin ??
    (await input({
      message: 'Begin (JJJJ-MM-DD UU:MM, of alleen JJJJ-MM-DD voor een hele dag):',
      required: true,
    }));
  answers.end =
    given.einde ??
    (given.titel ? '' : await input({ message: 'Einde (net zo geschreven; leeg laten mag):' }));
  answers.location =
    given.plaats ??
    (await input({ message: "Plaats (bijvoorbeeld Buurthuis 't Westhoes, of online):", required: true }));
  answers.address = given.adres ?? (given.titel ? '' : await input({ message: 'Adres (leeg laten mag):' }));
}
if (kind === 'nieuws' || kind === 'agenda') {
  answers.projects =
    list(given.projecten) ??
    (given.titel
      ? []
      : await checkbox({
          message: 'Over welke projecten? (spatie kiest, Enter gaat verder)',
          choices: choices(projects),
        }));
  answers.neighbourhoods =
    list(given.buurten) ??
    (given.titel
      ? []
      : await checkbox({
          message: kind === 'agenda' ? 'Voor welke buurten?' : 'Over welke buurten?',
          choices: choices(neighbourhoods),
        }));
}
if (kind === 'projecten') {
  answers.theme = given.thema ?? (await select({ message: 'Thema:', choices: choices(themes) }));
  answers.neighbourhoods =
    list(given.buurten) ??
    (await checkbox({
      message: 'In welke buurten? (ten minste één)',
      choices: choices(neighbourhoods),
      required: true,
    }));
  answers.status =
    given.status ??
    (await select({
      message: 'Stand van zaken:',
      choices: PROJECT_STATUSES.map((status) => ({ name: t.statusLabel[status], value: status })),
    }));
}

const made = newItemFile(kind, answers, existing);
if ('problems' in made) {
  console.error('Dit bestand zou de bouw laten stoppen:');
  for (const problem of made.problems) console.error(`  - ${problem}`);
  console.error('Er is niets geschreven. Probeer het opnieuw.');
  process.exit(1);
}

const target = join(contentDir, made.file.path);
const taken = existsSync(target) || entries(kind).some((e) => e.slug === slugFromPath(made.file.path));
if (taken) {
  console.error(
    `Er is al een bestand met de naam ${slugFromPath(made.file.path)}.md in ${relative(process.cwd(), join(contentDir, kind))}/. Er is niets overschreven; kies een andere titel.`,
  );
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, made.file.text, { flag: 'wx' });
console.log(`Gemaakt: ${relative(process.cwd(), target)}`);
console.log('Wat nu:');
console.log('  1. Open het bestand en schrijf de tekst onder de tweede regel "---".');
console.log('  2. Bekijk het met "npm run dev" (http://localhost:4321/).');
console.log('  3. Zet het in git (commit) en push; Netlify bouwt de site en zet het online.');
