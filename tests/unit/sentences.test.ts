/**
 * Sentences and words (src/lib/readability/sentences.ts), around abbreviations, initials and numbers.
 */

import { describe, expect, it } from 'vitest';

import { sentencesOf, wordsOf } from '../../src/lib/readability/sentences';

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
