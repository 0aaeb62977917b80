#!/usr/bin/env node
/**
 * `npm run leesbaarheid`: how readable every item in content/ is (B1), worst first: a table of
 * the measures, then per item the sentences and words to change. Drafts and future items too:
 * they are the ones still being written. Measures and thresholds: src/lib/readability/.
 * `--alleen-problemen` leaves out the items that meet every threshold.
 */
import { join, resolve } from 'node:path';
import { readContentFiles } from '../src/lib/content/read-files.ts';
import { THRESHOLDS } from '../src/lib/readability/measures.ts';
import { measureItems } from '../src/lib/readability/report.ts';
import { readWordList } from '../src/lib/readability/word-list.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CONTENT = resolve(process.env.WESTWINT_CONTENT_DIR ?? join(ROOT, 'content'));
const onlyProblems = process.argv.includes('--alleen-problemen');

const items = readContentFiles(CONTENT, ROOT).map(({ file, data, body }) => ({
  file,
  summary: String(data.summary ?? ''),
  body,
}));

const wordList = readWordList(CONTENT);
for (const problem of wordList.problems) console.warn(problem);
const measured = measureItems(items, wordList.entries).filter(
  (item) => !onlyProblems || item.problems.length > 0,
);

const pct = (share) => `${Math.round(share * 100)}%`;
console.log(
  `Grenzen: gemiddeld hoogstens ${THRESHOLDS.averageSentenceLength} woorden per zin, geen zin langer dan ${THRESHOLDS.sentenceLength} woorden, hoogstens ${pct(THRESHOLDS.longWordShare)} lange woorden (4 of meer lettergrepen), Flesch-Douma minstens ${THRESHOLDS.fleschDouma}.\n`,
);
console.table(
  measured.map(({ file, readability: r, problems }) => ({
    bestand: file,
    woorden: r.words,
    'woorden/zin': r.averageSentenceLength,
    'lange zinnen': r.longSentences.length,
    'lange woorden': pct(r.longWordShare),
    'Flesch-Douma': r.fleschDouma,
    lijdend: r.passiveSentences.length,
    ambtelijk: r.officialese.length,
    'B1?': problems.length === 0 ? 'ja' : 'nee',
  })),
);

for (const { file, readability: r, problems } of measured) {
  if (problems.length === 0 && r.passiveSentences.length === 0) continue;
  console.log(`\n${file}${problems.length ? `: ${problems.join('; ')}` : ''}`);
  for (const sentence of r.longSentences)
    console.log(`  lange zin (${sentence.split(/\s+/).length} woorden): “${sentence}”`);
  for (const sentence of r.passiveSentences) console.log(`  lijdende vorm: “${sentence}”`);
  for (const match of r.officialese) console.log(`  ambtelijk: ${match.found} → ${match.entry.beter}`);
  if (r.longWordShare > THRESHOLDS.longWordShare) console.log(`  lange woorden: ${r.longWords.join(', ')}`);
}
const missing = measured.filter((item) => item.problems.length > 0).length;
console.log(`\n${missing} van ${items.length} teksten halen een grens niet.`);
