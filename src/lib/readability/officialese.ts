/**
 * Officialese: words from the list in content/moeilijke-woorden.yaml found in a text, in any
 * of their usual forms (verstrekken: verstrekt, verstrekte, verstrekking), each with the plain
 * word to use instead.
 */
import { wordsOf } from './sentences.ts';

export interface OfficialeseEntry {
  /** The word or phrase as the list has it: a verb as its infinitive (verstrekken). */
  woord: string;
  /** The plain word or words to use instead. */
  beter: string;
}

export interface OfficialeseMatch {
  /** The words as they stand in the text. */
  found: string;
  entry: OfficialeseEntry;
}

const DOUBLE_END = /([bdfgklmnprst])\1$/;
const OPEN_SYLLABLE = /(^|[^aeiou])([aeou])([^aeiouyj])$/;
const DIAERESIS: Readonly<Record<string, string>> = { a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü' };

/** The stem of a verb as "ik" says it: verstrekken → verstrek, realiseren → realiseer, geven → geef. */
export function verbStem(infinitive: string): string {
  const base = infinitive.slice(0, -2);
  if (DOUBLE_END.test(base)) return base.slice(0, -1);
  // An open syllable before -en keeps its vowel long in the stem (realiseren → realiseer), but
  // not in an unstressed ending (wandelen → wandel).
  const openSyllable =
    /eren$/.test(infinitive) || (OPEN_SYLLABLE.test(base) && !/(el|er|en|ig|em)$/.test(base));
  const stem = openSyllable ? base.replace(OPEN_SYLLABLE, '$1$2$2$3') : base;
  return stem.replace(/v$/, 'f').replace(/z$/, 's');
}

/** Every form of a single word the list names: a verb's conjugations and noun, a word's endings. */
export function formsOf(word: string): Set<string> {
  const lower = word.toLowerCase();
  const forms = new Set([lower, `${lower}e`, `${lower}s`]);
  if (/[^aeiou]en$/.test(lower) && lower.length > 5) {
    const base = lower.slice(0, -2);
    const stem = verbStem(lower);
    // 't kofschip: after a voiceless sound the past tense takes t, otherwise d.
    const past = /([tkfsxp]|ch)$/.test(base) ? 't' : 'd';
    const participleEnd = /[td]$/.test(stem) ? '' : past;
    for (const form of [
      stem,
      `${stem}${/t$/.test(stem) ? '' : 't'}`,
      `${stem}${past}e`,
      `${stem}${past}en`,
      `${lower}d`,
      `${lower}de`,
      `${base}ing`,
      `${base}ingen`,
    ])
      forms.add(form);
    // The participle: verstrekt, gerealiseerd; ge- unless the verb has a prefix of its own.
    forms.add(stem + participleEnd);
    if (!/^(be|ver|ont|her|ge|er)/.test(lower)) {
      forms.add(`ge${stem}${participleEnd}`);
      // Before a vowel ge- takes a diaeresis: geïnformeerd.
      const diaeresis = DIAERESIS[stem[0]!];
      if (diaeresis) forms.add(`ge${diaeresis}${stem.slice(1)}${participleEnd}`);
    }
  }
  return forms;
}

interface CompiledEntry {
  entry: OfficialeseEntry;
  /** The words of a phrase, each as a set of forms (a single word has one). */
  words: Set<string>[];
}

/** The list prepared for matching, by every form of each entry's first word. */
export type CompiledList = Map<string, CompiledEntry[]>;

/** The list prepared for matching; build it once per list. */
export function compileOfficialese(list: readonly OfficialeseEntry[]): CompiledList {
  const byFirstWord: CompiledList = new Map();
  for (const entry of list) {
    const words = wordsOf(entry.woord).map((w) => w.toLowerCase());
    // In a phrase only the last word takes endings (in het kader van, ten behoeve van).
    const compiled = {
      entry,
      words: words.length === 1 ? [formsOf(words[0]!)] : words.map((w) => new Set([w])),
    };
    for (const form of compiled.words[0] ?? [])
      byFirstWord.set(form, [...(byFirstWord.get(form) ?? []), compiled]);
  }
  return byFirstWord;
}

/** Every officialese word or phrase among a sentence's words, in the order they stand. */
export function officialeseIn(words: readonly string[], compiled: CompiledList): OfficialeseMatch[] {
  const lower = words.map((w) => w.toLowerCase());
  const found: OfficialeseMatch[] = [];
  lower.forEach((word, i) => {
    for (const { entry, words: pattern } of compiled.get(word) ?? []) {
      if (pattern.every((forms, j) => forms.has(lower[i + j] ?? '')))
        found.push({ found: words.slice(i, i + pattern.length).join(' '), entry });
    }
  });
  return found;
}
