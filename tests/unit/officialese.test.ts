/**
 * Officialese found in its inflected forms (src/lib/readability/officialese.ts).
 */

import { describe, expect, it } from 'vitest';

import { compileOfficialese, formsOf, officialeseIn } from '../../src/lib/readability/officialese';

import { wordsOf } from '../../src/lib/readability/sentences';

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
});
