/**
 * The plain-language check in the editor's preview pane: the measures of the build
 * (src/lib/readability/) on the entry being written, updated as the editor types (Sveltia
 * renders the preview again on every change), with long sentences quoted and officialese
 * marked. It never stops a save: the build only warns about it too.
 */
import {
  dutchNumber,
  LONG_WORD_SYLLABLES,
  measure,
  THRESHOLDS,
  thresholdsMet,
} from '../lib/readability/measures.ts';
import type { OfficialeseEntry, OfficialeseMatch } from '../lib/readability/officialese.ts';
import { wordsOf } from '../lib/readability/sentences.ts';
import { textBlocks } from '../lib/readability/text-blocks.ts';
import { urls } from '../lib/urls/routes.ts';
import { editorText } from '../strings/editor.ts';
import { h, type Node } from './react.ts';

const text = editorText.readability;
let wordList: readonly OfficialeseEntry[] = [];

/** Fetches the list of officialese this deploy was built with (content/moeilijke-woorden.yaml). */
export async function loadWordList(): Promise<void> {
  try {
    const response = await fetch(urls.hardWords());
    if (response.ok) wordList = (await response.json()) as OfficialeseEntry[];
  } catch {
    // Without the list the other measures still show.
  }
}

/** A sentence with its officialese in <mark>. */
function marked(sentence: string, matches: readonly OfficialeseMatch[]): Node[] {
  const found = matches.map((m) => m.found).filter((f) => sentence.includes(f));
  if (found.length === 0) return [sentence];
  const pattern = new RegExp(`(${found.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return sentence.split(pattern).map((part, i) => (i % 2 === 1 ? h('mark', { key: i }, part) : part));
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

function row(label: string, value: string, limit: string, met: boolean, missed: string = text.missed): Node {
  return h(
    'div',
    { className: met ? 'westwint-readability__met' : 'westwint-readability__missed' },
    h('dt', null, label),
    h('dd', null, `${value} (${limit}): `, h('strong', null, met ? text.met : missed)),
  );
}

function section(heading: string, items: Node[]): Node {
  return items.length === 0 ? null : h('section', null, h('h3', null, heading), h('ul', null, ...items));
}

/** The panel for an entry's summary and Markdown body. */
export function readabilityPanel(summary: string, body: string): Node {
  const r = measure(textBlocks(body, summary), wordList);
  const heading = h('h2', { id: 'leesbaarheid-kop' }, text.heading);
  if (r.words === 0)
    return h(
      'aside',
      { className: 'westwint-readability', 'aria-labelledby': 'leesbaarheid-kop' },
      heading,
      h('p', null, text.empty),
    );
  const met = thresholdsMet(r);
  const good = Object.values(met).every(Boolean);
  const officialese = [...new Map(r.officialese.map((m) => [m.found.toLowerCase(), m])).values()];
  return h(
    'aside',
    {
      className: `westwint-readability${good ? '' : ' westwint-readability--missed'}`,
      'aria-labelledby': 'leesbaarheid-kop',
    },
    heading,
    h('p', { className: 'westwint-readability__verdict' }, good ? text.good : text.toImprove),
    h(
      'dl',
      { 'aria-label': text.measures },
      row(
        text.wordsPerSentence,
        dutchNumber(r.averageSentenceLength),
        text.atMost(String(THRESHOLDS.averageSentenceLength)),
        met.averageSentenceLength,
      ),
      row(
        text.longWords,
        pct(r.longWordShare),
        text.atMost(pct(THRESHOLDS.longWordShare)),
        met.longWordShare,
      ),
      row(
        text.fleschDouma,
        dutchNumber(r.fleschDouma),
        text.atLeast(String(THRESHOLDS.fleschDouma)),
        met.fleschDouma,
        text.missedLow,
      ),
    ),
    section(
      text.longSentences(THRESHOLDS.sentenceLength),
      r.longSentences.map((sentence, i) =>
        h(
          'li',
          { key: i },
          h('q', null, ...marked(sentence, r.officialese)),
          ` ${text.wordCount(wordsOf(sentence).length)}`,
        ),
      ),
    ),
    section(
      text.officialese,
      officialese.map((m, i) => h('li', { key: i }, h('mark', null, m.found), ` → ${m.entry.beter}`)),
    ),
    section(
      text.passive,
      r.passiveSentences.map((sentence, i) => h('li', { key: i }, h('q', null, sentence))),
    ),
    met.longWordShare
      ? null
      : section(
          `${text.longWordList} (${LONG_WORD_SYLLABLES}+)`,
          r.longWords.map((word, i) => h('li', { key: i }, word)),
        ),
  );
}
