/**
 * The Dutch readability measures (src/lib/readability/): syllables against words counted by
 * hand, sentences around abbreviations and numbers, each measure on small texts with known
 * answers, officialese in its inflected forms, and the text of an item as residents read it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPassive, measure, readabilityProblems, THRESHOLDS } from '../../src/lib/readability/measures';
import { compileOfficialese, formsOf, officialeseIn } from '../../src/lib/readability/officialese';
import { measureItems, readabilityWarning } from '../../src/lib/readability/report';
import { sentencesOf, wordsOf } from '../../src/lib/readability/sentences';
import { syllables } from '../../src/lib/readability/syllables';
import { textBlocks } from '../../src/lib/readability/text-blocks';
import { parseWordList, readWordList } from '../../src/lib/readability/word-list';

const HAND_COUNTED = readFileSync(new URL('./data/lettergrepen.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

describe('syllables', () => {
  it(`match the hand count for at least 95 % of ${HAND_COUNTED.length} Dutch words`, () => {
    expect(HAND_COUNTED.length).toBeGreaterThanOrEqual(200);
    const wrong = HAND_COUNTED.filter(([word, count]) => syllables(word) !== Number(count)).map(
      ([word, count]) => `${word}: ${count}, counted ${syllables(word)}`,
    );
    expect(wrong.length / HAND_COUNTED.length, wrong.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('count a diaeresis as a new sound, a vowel pair as one, and what hyphenation leaves at a word’s edge', () => {
    expect(syllables('ideeën')).toBe(3);
    expect(syllables('geïnteresseerd')).toBe(5);
    expect(syllables('koeien')).toBe(2);
    expect(syllables('idee')).toBe(2);
    expect(syllables('e-mail')).toBe(2);
    expect(syllables("foto's")).toBe(2);
  });
});

describe('sentences and words', () => {
  it('do not end a sentence at an abbreviation, an initial or a number', () => {
    expect(sentencesOf('Er komen o.a. nieuwe bomen. Dat kost € 1.000 per boom.')).toEqual([
      'Er komen o.a. nieuwe bomen.',
      'Dat kost € 1.000 per boom.',
    ]);
    expect(sentencesOf('Kom bijv. Op zaterdag. Of d.w.z. Heilust doet mee! Echt? Ja.')).toEqual([
      'Kom bijv. Op zaterdag.',
      'Of d.w.z. Heilust doet mee!',
      'Echt?',
      'Ja.',
    ]);
    expect(sentencesOf('Het gaat m.b.t. De sloop om 14.30 uur bij dhr. Janssen. Welkom.')).toEqual([
      'Het gaat m.b.t. De sloop om 14.30 uur bij dhr. Janssen.',
      'Welkom.',
    ]);
    expect(sentencesOf('Vraag het J. Janssen. Hij weet het.')).toEqual([
      'Vraag het J. Janssen.',
      'Hij weet het.',
    ]);
  });

  it("end a sentence before one that starts with 't or 's", () => {
    expect(sentencesOf("De bouw is begonnen. 't Westhoes wordt een plek voor iedereen.")).toEqual([
      'De bouw is begonnen.',
      "'t Westhoes wordt een plek voor iedereen.",
    ]);
  });

  it('are letters with a hyphen or apostrophe inside; numbers are not words', () => {
    expect(wordsOf("Stuur een e-mail met foto's vóór 1 juni (max. 1.000 woorden).")).toEqual([
      'Stuur',
      'een',
      'e-mail',
      'met',
      "foto's",
      'vóór',
      'juni',
      'max',
      'woorden',
    ]);
  });
});

describe('the text residents read', () => {
  it('is the summary and the paragraphs and list items, without headings, tables, quotes, code or images', () => {
    const markdown = [
      '## Een kop',
      'Eerste alinea met een [link](/x/) en **vet**.',
      '- Een punt',
      '- Nog een punt',
      '> Een citaat van iemand anders.',
      '| a | b |\n|---|---|\n| c | d |',
      '```\ncode\n```',
      '![Een foto](./foto.jpg)',
      'Laatste alinea.',
    ].join('\n\n');
    expect(textBlocks(markdown, 'De samenvatting.')).toEqual([
      'De samenvatting.',
      'Eerste alinea met een link en vet.',
      'Een punt',
      'Nog een punt',
      'Laatste alinea.',
    ]);
  });
});

describe('the measures', () => {
  const twelveWords = 'De gemeente plant dit jaar nieuwe bomen in de straten van Heilust.';

  it('average sentence length, long sentences quoted, long words and Flesch-Douma, on known texts', () => {
    const short = measure(['Wij bouwen een huis. Het huis is groot.'], []);
    expect(short).toMatchObject({
      words: 8,
      sentences: 2,
      averageSentenceLength: 4,
      longSentences: [],
      longWordShare: 0,
      longWords: [],
    });
    // 8 words of one syllable but "bouwen": 9 syllables, so 206.84 − 0.93 × 4 − 77 × 9/8.
    expect(short.fleschDouma).toBeCloseTo(206.84 - 0.93 * 4 - (77 * 9) / 8, 1);

    const long = `${twelveWords.slice(0, -1)} en in de parken van Kaalheide, Gracht, Terwinselen en Spekholzerheide, zodat iedereen straks in het groen kan wandelen.`;
    const measured = measure([long, twelveWords], []);
    expect(wordsOf(long)).toHaveLength(30);
    expect(measured.longSentences).toEqual([long]);
    expect(measured.averageSentenceLength).toBe(21);
    expect(measured.longWords).toEqual(['terwinselen', 'spekholzerheide']);
    expect(measured.longWordShare).toBeCloseTo(2 / 42, 3);
  });

  it('recognise the passive voice only where it is certain', () => {
    expect(isPassive('De flat wordt door HEEMwonen gesloopt.')).toBe(true);
    expect(isPassive('De bomen werden vorig jaar door vrijwilligers geplant.')).toBe(true);
    expect(isPassive('Het plan is door de raad goedgekeurd geworden.')).toBe(true);
    expect(isPassive('De woningen zijn gebouwd geworden.')).toBe(true);
    expect(isPassive('De flat wordt gesloopt.')).toBe(false);
    expect(isPassive('Hij is burgemeester geworden.')).toBe(false);
    expect(isPassive('Het is duidelijk geworden.')).toBe(false);
    expect(isPassive('Wij lopen door de wijk.')).toBe(false);
  });

  it('name what misses a threshold, and nothing for a plain text', () => {
    expect(readabilityProblems(measure(['Wij bouwen een huis. Het huis is groot.'], []))).toEqual([]);
    const hard = measure([`${'Het '.repeat(39)}einde.`], [{ woord: 'middels', beter: 'met' }]);
    expect(readabilityProblems(hard)).toEqual([
      `zinnen van gemiddeld 40 woorden (hoogstens ${THRESHOLDS.averageSentenceLength})`,
      '1 zin van meer dan 25 woorden',
    ]);
    const official = measure(['Wij betalen middels een pas.'], [{ woord: 'middels', beter: 'met' }]);
    expect(readabilityProblems(official)).toEqual(['ambtelijke woorden: middels → met']);
  });
});

describe('officialese', () => {
  const list = compileOfficialese([
    { woord: 'verstrekken', beter: 'geven' },
    { woord: 'realiseren', beter: 'maken' },
    { woord: 'informeren', beter: 'vertellen' },
    { woord: 'indien', beter: 'als' },
    { woord: 'in het kader van', beter: 'bij' },
  ]);
  const found = (sentence: string) => officialeseIn(wordsOf(sentence), list).map((m) => m.found);

  it('is found in its inflected forms', () => {
    for (const form of [
      'verstrekken',
      'verstrek',
      'verstrekt',
      'verstrekte',
      'verstrekten',
      'verstrekking',
      'verstrekkende',
    ]) {
      expect(formsOf('verstrekken'), form).toContain(form);
    }
    expect(found('De gemeente verstrekte een pas en verstrekt er nog een.')).toEqual([
      'verstrekte',
      'verstrekt',
    ]);
    expect(found('Het plein wordt gerealiseerd en wij realiseerden een park.')).toEqual([
      'gerealiseerd',
      'realiseerden',
    ]);
    expect(found('U wordt geïnformeerd.')).toEqual(['geïnformeerd']);
    expect(found('In het kader van de sloop.')).toEqual(['In het kader van']);
  });

  it('is not found in other words that start the same', () => {
    expect(found('U kunt een klacht indienen.')).toEqual([]);
    expect(found('Wij informatie.')).toEqual([]);
  });

  it('comes from content/moeilijke-woorden.yaml: at least 80 entries, each with a plain word', () => {
    const { entries, problems } = readWordList('content');
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(entries.map((e) => e.woord)).size, 'each word once').toBe(entries.length);
  });

  it('a broken entry is named by file and field, and the good ones are still used', () => {
    expect(
      parseWordList('woorden:\n  - woord: middels\n    beter: met\n  - woord: teneinde\n', 'x.yaml'),
    ).toEqual({
      entries: [{ woord: 'middels', beter: 'met' }],
      problems: ['x.yaml: veld "woorden.1.beter": verwacht een gewoon woord voor "teneinde"'],
    });
    expect(parseWordList('woorden: [\n', 'x.yaml').problems[0]).toMatch(/^x\.yaml: de YAML klopt niet: /);
  });
});

describe('the warning', () => {
  it('lists each item that misses a threshold, worst first, and says the build goes on', () => {
    const items = measureItems(
      [
        { file: 'content/nieuws/goed.md', summary: 'Een korte zin.', body: 'Nog een korte zin.' },
        { file: 'content/nieuws/lang.md', summary: 'Kort.', body: `${'woord '.repeat(40).trim()}.` },
      ],
      [],
    );
    expect(items.map((i) => i.file)).toEqual(['content/nieuws/lang.md', 'content/nieuws/goed.md']);
    const warning = readabilityWarning(items)!;
    expect(warning.split('\n')[0]).toContain('1 tekst haalt de grens niet. Dit houdt niets tegen');
    expect(warning).toContain(
      '  - content/nieuws/lang.md: zinnen van gemiddeld 20,5 woorden (hoogstens 15); 1 zin van meer dan 25 woorden',
    );
    expect(readabilityWarning(items.slice(1))).toBeNull();
  });
});
