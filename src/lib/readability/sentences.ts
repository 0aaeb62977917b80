/**
 * Sentences and words of Dutch text. Sentences come from Intl.Segmenter (Dutch rules), joined
 * again where it broke after an abbreviation ("o.a. Heilust"); words are runs of letters and
 * digits, with a hyphen or apostrophe inside (e-mail, foto's) kept in one word.
 */

/** Abbreviations that end in a full stop without ending the sentence (lower case, with their dots). */
export const ABBREVIATIONS = [
  'a.s.',
  'bijv.',
  'blz.',
  'bv.',
  'ca.',
  'd.w.z.',
  'dhr.',
  'dr.',
  'drs.',
  'e.d.',
  'e.a.',
  'enz.',
  'etc.',
  'evt.',
  'excl.',
  'i.p.v.',
  'i.s.m.',
  'i.v.m.',
  'incl.',
  'ing.',
  'ir.',
  'jl.',
  'm.b.t.',
  'm.u.v.',
  'max.',
  'min.',
  'mr.',
  'mevr.',
  'n.a.v.',
  'nl.',
  'nr.',
  'o.a.',
  'o.b.v.',
  'p.p.',
  'prof.',
  'resp.',
  'st.',
  't.a.v.',
  't.o.v.',
  'tel.',
  'v.a.',
  'vnl.',
  'z.g.a.n.',
  'z.o.z.',
  'z.s.m.',
  'zgn.',
] as const;

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
const ENDS_IN_ABBREVIATION = new RegExp(
  `(?:^|[\\s(])(?:${ABBREVIATIONS.map((a) => a.replaceAll('.', '\\.')).join('|')})$`,
  'i',
);
/** A single capital with a full stop: an initial, as in "J. Janssen". */
const ENDS_IN_INITIAL = /(?:^|\s)\p{Lu}\.$/u;

/** Where a sentence starting with 't or 's begins (Intl.Segmenter does not see it start). */
const BEFORE_CLIPPED_START = /(?<=[.!?…])\s+(?=['’][a-z]\s)/u;

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The words of a text: each with at least one letter (numbers such as 1.000 or 14.30 are not words to read). */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => /\p{L}/u.test(word));
}

/** The sentences of one block of text (a paragraph or a list item), trimmed, each with words. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let carried = '';
  const segments = [...segmenter.segment(text)].flatMap(({ segment }) =>
    segment.split(BEFORE_CLIPPED_START).map((part, i, all) => (i < all.length - 1 ? `${part} ` : part)),
  );
  for (const segment of segments) {
    const sentence = carried + segment;
    if (ENDS_IN_ABBREVIATION.test(sentence.trimEnd()) || ENDS_IN_INITIAL.test(sentence.trimEnd())) {
      carried = sentence;
      continue;
    }
    carried = '';
    sentences.push(sentence.trim());
  }
  if (carried) sentences.push(carried.trim());
  return sentences.filter((sentence) => wordsOf(sentence).length > 0);
}
