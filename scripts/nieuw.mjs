#!/usr/bin/env node
/**
 * npm run nieuw: a new item of a content type that offers it (a news item, an edition, a meeting,
 * a project), for editors who work in git. Asks in Dutch for the fields its description names
 * (src/lib/content/new-item.ts; choices from the existing files), writes the file named as the
 * editor names it, checked by the build's own schemas and rules, never overwrites a file, and
 * says what to do next.
 *
 * Every answer can also be given as an option named after its field, which is how the tests run
 * it; then only the required fields still missing are asked:
 *   --soort nieuws|nieuwsbrief|agenda|werkzaamheden|projecten --title … --date JJJJ-MM-DD --summary …
 *   --projects a,b --neighbourhoods a,b --streets "Gladiolenstraat,Lupinestraat" --effects lawaai,stof
 *   --map <content folder> (and so on, per type)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkbox, input, number, select } from '@inquirer/prompts';
import { CONTENT_TYPES, typeInFolder } from '../src/lib/content/model.ts';
import {
  NEW_ITEM_TYPES,
  newItemFile,
  newItemPath,
  nextFree,
  questionsFor,
} from '../src/lib/content/new-item.ts';
import { readContentFiles, readSettingsFile, readStreetsFile } from '../src/lib/content/read-files.ts';
import { factsOfFile, factsOfSettings } from '../src/lib/content/rules/facts.ts';
import { problemLine } from '../src/lib/content/rules/wording.ts';
import { amsterdamDay } from '../src/lib/dates/amsterdam.ts';
import { orList } from '../src/strings/format.ts';

const ROOT = resolve(import.meta.dirname, '..');
const fieldNames = [...new Set(NEW_ITEM_TYPES.flatMap((type) => CONTENT_TYPES[type].newItem.ask))];
const { values: given } = parseArgs({
  options: {
    soort: { type: 'string' },
    map: { type: 'string', default: 'content' },
    ...Object.fromEntries(fieldNames.map((field) => [field, { type: 'string' }])),
  },
});
const contentDir = resolve(given.map);
const now = new Date();
const files = readContentFiles(contentDir, ROOT);
const existing = {
  files: files.map((file) => factsOfFile(file, now)),
  settings: factsOfSettings(readSettingsFile(contentDir)),
  streets: readStreetsFile(contentDir),
};
/** The answers that are lists, given as options separated by commas. */
const LISTS = new Set(['relations', 'choices', 'streets']);
/** Answers came as options: ask only for required fields still missing. */
const answeredByOptions = fieldNames.some((field) => given[field] !== undefined);

const folder =
  given.soort ??
  (await select({
    message: 'Wat wilt u maken?',
    choices: NEW_ITEM_TYPES.map((type) => ({
      name: CONTENT_TYPES[type].newItem.choice,
      value: CONTENT_TYPES[type].folder,
    })),
  }));
const type = typeInFolder(folder);
if (!type || !NEW_ITEM_TYPES.includes(type)) {
  console.error(
    `Onbekende soort "${folder}". Kies ${orList(NEW_ITEM_TYPES.map((name) => CONTENT_TYPES[name].folder))}.`,
  );
  process.exit(2);
}

/** The items of a type to choose from, by title. */
const choicesOf = (target) =>
  files
    .filter((file) => file.type === target)
    .map((file) => ({
      name: typeof file.data.title === 'string' ? file.data.title : file.id,
      value: file.id,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

const FORMS = {
  day: ' (JJJJ-MM-DD)',
  moment: ' (JJJJ-MM-DD UU:MM, of alleen JJJJ-MM-DD voor een hele dag)',
  relations: ' (spatie kiest, Enter gaat verder)',
  choices: ' (spatie kiest, Enter gaat verder)',
  streets: ' (spatie kiest, Enter gaat verder)',
};

async function ask(question) {
  const optional = question.required ? '' : ' (leeg laten mag)';
  const max = question.max ? ` (hoogstens ${question.max} tekens)` : '';
  const message = `${question.label}${FORMS[question.kind] ?? ''}${max}${optional}:`;
  switch (question.kind) {
    case 'relation':
    case 'choice':
      return select({
        message,
        choices:
          question.choices?.map(({ value, label }) => ({ name: label, value })) ?? choicesOf(question.type),
      });
    case 'relations':
      return checkbox({ message, choices: choicesOf(question.type), required: question.required });
    case 'choices':
      return checkbox({
        message,
        choices: question.choices.map(({ value, label }) => ({ name: label, value })),
        required: question.required,
      });
    case 'streets':
      return checkbox({
        message,
        choices: existing.streets.map(({ name }) => ({ name, value: name })),
        required: question.required,
      });
    case 'number':
      return number({ message, default: nextFree(type, existing), required: question.required });
    case 'day':
      return input({ message, default: amsterdamDay(now), required: question.required });
    default:
      return input({ message, required: question.required });
  }
}

const answers = {};
for (const question of questionsFor(type)) {
  const option = given[question.field];
  if (option !== undefined) {
    answers[question.field] = LISTS.has(question.kind)
      ? option
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : question.kind === 'number'
        ? Number(option)
        : option;
  } else if (!answeredByOptions || question.required) {
    answers[question.field] = await ask(question);
  }
}

const target = join(contentDir, newItemPath(type, answers));
if (existsSync(target)) {
  console.error(
    `Er is al een bestand ${relative(process.cwd(), target)}. Er is niets overschreven; kies een andere titel.`,
  );
  process.exit(1);
}
const made = newItemFile(type, answers, existing, { now, contentPath: relative(ROOT, contentDir) });
if ('problems' in made) {
  console.error('Dit bestand zou de bouw laten stoppen:');
  for (const problem of made.problems) console.error(`  - ${problemLine(problem)}`);
  console.error('Er is niets geschreven. Probeer het opnieuw.');
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, made.file.text, { flag: 'wx' });
console.log(`Gemaakt: ${relative(process.cwd(), target)}`);
console.log('Wat nu:');
console.log('  1. Open het bestand en schrijf de tekst onder de tweede regel "---".');
console.log('  2. Bekijk het met "npm run dev" (http://localhost:4321/).');
console.log('  3. Zet het in git (commit) en push; Netlify bouwt de site en zet het online.');
