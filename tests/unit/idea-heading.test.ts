import { describe, expect, test } from 'vitest';
import { HEADING_MAX, ideaHeading } from '../../src/lib/ideas/heading';

describe('ideaHeading', () => {
  test('the first sentence of the idea', () => {
    expect(ideaHeading('Zet een boom in het park. Dan is er schaduw.')).toBe('Zet een boom in het park.');
    expect(ideaHeading('Kan er licht komen?\nDan kunnen we voetballen.')).toBe('Kan er licht komen?');
  });

  test("with a typographic apostrophe, as Markdown writes 't", () => {
    expect(ideaHeading("Koffie in 't Westhoes.")).toBe('Koffie in ’t Westhoes.');
  });

  test('the whole text when it has no end of a sentence', () => {
    expect(ideaHeading('  meer   bankjes ')).toBe('meer bankjes');
  });

  test('a long sentence is cut at a word, with an ellipsis', () => {
    const long = `Zet ${'heel veel mooie bankjes '.repeat(8)}langs het pad.`;
    const heading = ideaHeading(long);
    expect(heading.length).toBeLessThanOrEqual(HEADING_MAX);
    expect(heading).toMatch(/bankjes…$|mooie…$|veel…$|heel…$/);
    expect(long.startsWith(heading.slice(0, -1))).toBe(true);
  });

  test('a number such as 3.5 does not end the sentence', () => {
    expect(ideaHeading('Maak het pad 3.5 meter breed. Dat is fijner.')).toBe('Maak het pad 3.5 meter breed.');
  });
});
