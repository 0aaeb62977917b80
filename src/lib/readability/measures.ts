/**
 * How readable an item's running text is (text-blocks.ts), measured as the B1 guidance asks:
 * short sentences, short words, active voice, no officialese. Pure: the build, `npm run
 * leesbaarheid` and the editor at /admin/ all measure with this.
 */
import {
  compileOfficialese,
  officialeseIn,
  type CompiledList,
  type OfficialeseEntry,
  type OfficialeseMatch,
} from './officialese.ts';
import { sentencesOf, wordsOf } from './sentences.ts';
import { syllables } from './syllables.ts';

/** Where an item starts to be hard to read (chosen on the site's own text: docs/redactie.md, Leesbaarheid). */
export const THRESHOLDS = {
  /** Average words per sentence, at most. */
  averageSentenceLength: 15,
  /** Words in one sentence, at most. */
  sentenceLength: 25,
  /** Share of words of four or more syllables, at most. */
  longWordShare: 0.1,
  /** Flesch-Douma reading ease, at least (0 very hard, 100 very easy). */
  fleschDouma: 60,
} as const;

/** A word this long (in syllables) counts as long. */
export const LONG_WORD_SYLLABLES = 4;

export interface Readability {
  words: number;
  sentences: number;
  averageSentenceLength: number;
  /** Sentences over THRESHOLDS.sentenceLength words, as written. */
  longSentences: string[];
  longWordShare: number;
  /** The long words, each once, in the order they first appear. */
  longWords: string[];
  /** Flesch-Douma: 206.84 − 0.93 × words per sentence − 77 × syllables per word. */
  fleschDouma: number;
  /** Sentences in the passive voice that can be told reliably ("wordt … door", "is … geworden"). */
  passiveSentences: string[];
  officialese: OfficialeseMatch[];
}

const PASSIVE_AUXILIARY = new Set(['wordt', 'worden', 'werd', 'werden']);
const PERFECT_AUXILIARY = new Set(['is', 'zijn', 'was', 'waren']);
/** A past participle: gebouwd, goedgekeurd, verstrekt, geïnformeerd. */
const PARTICIPLE = /^(\p{L}*ge\p{L}{2,}|(be|ver|ont|her|er)\p{L}{2,})[dt]$/u;

/** "wordt/worden/werd/werden … door …", or "is/zijn/was/waren … <participle> geworden"; a sentence or its words. */
export function isPassive(sentence: string | readonly string[]): boolean {
  const words = (typeof sentence === 'string' ? wordsOf(sentence) : sentence).map((w) => w.toLowerCase());
  const auxiliary = words.findIndex((w) => PASSIVE_AUXILIARY.has(w));
  if (auxiliary >= 0 && words.indexOf('door', auxiliary + 1) > auxiliary) return true;
  const perfect = words.findIndex((w) => PERFECT_AUXILIARY.has(w));
  const become = words.indexOf('geworden', perfect + 1);
  return perfect >= 0 && become > perfect + 1 && PARTICIPLE.test(words[become - 1]!);
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Each list prepared once: a build measures every item against the same list. */
const compiledLists = new WeakMap<readonly OfficialeseEntry[], CompiledList>();

/** The measures of a text's blocks, with the officialese list to look for. */
export function measure(blocks: readonly string[], officialese: readonly OfficialeseEntry[]): Readability {
  let compiled = compiledLists.get(officialese);
  if (!compiled) compiledLists.set(officialese, (compiled = compileOfficialese(officialese)));
  const sentences = blocks.flatMap(sentencesOf).map((text) => ({ text, words: wordsOf(text) }));
  const words = sentences.flatMap((s) => s.words);
  const counts = words.map(syllables);
  const long = words.filter((_, i) => counts[i]! >= LONG_WORD_SYLLABLES);
  const totalSyllables = counts.reduce((sum, n) => sum + n, 0);
  const perSentence = sentences.length ? words.length / sentences.length : 0;
  const perWord = words.length ? totalSyllables / words.length : 0;
  return {
    words: words.length,
    sentences: sentences.length,
    averageSentenceLength: round(perSentence),
    longSentences: sentences.filter((s) => s.words.length > THRESHOLDS.sentenceLength).map((s) => s.text),
    longWordShare: words.length ? round(long.length / words.length, 3) : 0,
    longWords: [...new Set(long.map((w) => w.toLowerCase()))],
    fleschDouma: words.length ? round(206.84 - 0.93 * perSentence - 77 * perWord) : 100,
    passiveSentences: sentences.filter((s) => isPassive(s.words)).map((s) => s.text),
    officialese: sentences.flatMap((s) => officialeseIn(s.words, compiled)),
  };
}

/** 17.3 as Dutch writes it: 17,3. */
export const dutchNumber = (value: number) => String(value).replace('.', ',');

/** Which thresholds a text meets, measure by measure (the build's warning and the editor's panel both read this). */
export function thresholdsMet(r: Readability) {
  return {
    averageSentenceLength: r.averageSentenceLength <= THRESHOLDS.averageSentenceLength,
    sentenceLength: r.longSentences.length === 0,
    longWordShare: r.longWordShare <= THRESHOLDS.longWordShare,
    fleschDouma: r.fleschDouma >= THRESHOLDS.fleschDouma,
    officialese: r.officialese.length === 0,
  };
}

/** What misses a threshold, in plain Dutch, one short line each (empty: the text meets them all). */
export function readabilityProblems(r: Readability): string[] {
  const met = thresholdsMet(r);
  const problems: string[] = [];
  if (!met.averageSentenceLength)
    problems.push(
      `zinnen van gemiddeld ${dutchNumber(r.averageSentenceLength)} woorden (hoogstens ${THRESHOLDS.averageSentenceLength})`,
    );
  if (!met.sentenceLength)
    problems.push(
      `${r.longSentences.length} ${r.longSentences.length === 1 ? 'zin' : 'zinnen'} van meer dan ${THRESHOLDS.sentenceLength} woorden`,
    );
  if (!met.longWordShare)
    problems.push(
      `${Math.round(r.longWordShare * 100)}% lange woorden (hoogstens ${THRESHOLDS.longWordShare * 100}%)`,
    );
  if (!met.fleschDouma)
    problems.push(`Flesch-Douma ${dutchNumber(r.fleschDouma)} (minstens ${THRESHOLDS.fleschDouma})`);
  if (!met.officialese)
    problems.push(
      `ambtelijke woorden: ${[...new Set(r.officialese.map((m) => `${m.found.toLowerCase()} → ${m.entry.beter}`))].join(', ')}`,
    );
  return problems;
}
