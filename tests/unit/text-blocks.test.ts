/**
 * The text of an item as residents read it (src/lib/readability/text-blocks.ts).
 */

import { describe, expect, it } from 'vitest';

import { textBlocks } from '../../src/lib/readability/text-blocks';

describe('the text residents read', () => {
  it('is the summary and the paragraphs and list items, without headings, tables, quotes, code or images', () => {
    const markdown = [
      '## Een kop',
      'Eerste alinea met een [link](/x/) en **vet**.',
      '- Een punt',
      '- Nog een punt',
      '> Een citaat van iemand anders.',
      '| a | b |\n|---|---|\n| c | d |',
      '```\ncode\n```',
      '![Een foto](./foto.jpg)',
      'Laatste alinea.',
    ].join('\n\n');
    expect(textBlocks(markdown, 'De samenvatting.')).toEqual([
      'De samenvatting.',
      'Eerste alinea met een link en vet.',
      'Een punt',
      'Nog een punt',
      'Laatste alinea.',
    ]);
  });
});
