/** The list of officialese in content/moeilijke-woorden.yaml, read leniently (src/lib/readability/word-list.ts). */
import { describe, expect, it } from 'vitest';
import { parseWordList, readWordList } from '../../src/lib/readability/word-list';

describe('the list of hard words', () => {
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
