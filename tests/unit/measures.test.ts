/**
 * The readability measures and their thresholds (src/lib/readability/measures.ts), on small texts with known answers.
 */

import { describe, expect, it } from 'vitest';

import { isPassive, measure, readabilityProblems, THRESHOLDS } from '../../src/lib/readability/measures';

import { wordsOf } from '../../src/lib/readability/sentences';

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
