/**
 * Dutch syllables (src/lib/readability/syllables.ts), against words counted by hand.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { syllables } from '../../src/lib/readability/syllables';

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
