/**
 * The build's plain-language warning (src/lib/readability/report.ts).
 */

import { describe, expect, it } from 'vitest';

import { measureItems, readabilityWarning } from '../../src/lib/readability/report';

describe('the warning', () => {
  it('lists each item that misses a threshold, worst first, and says the build goes on', () => {
    const items = measureItems(
      [
        { file: 'content/nieuws/goed.md', summary: 'Een korte zin.', body: 'Nog een korte zin.' },
        { file: 'content/nieuws/lang.md', summary: 'Kort.', body: `${'woord '.repeat(40).trim()}.` },
      ],
      [],
    );
    expect(items.map((i) => i.file)).toEqual(['content/nieuws/lang.md', 'content/nieuws/goed.md']);
    const warning = readabilityWarning(items)!;
    expect(warning.split('\n')[0]).toContain('1 tekst haalt de grens niet. Dit houdt niets tegen');
    expect(warning).toContain(
      '  - content/nieuws/lang.md: zinnen van gemiddeld 20,5 woorden (hoogstens 15); 1 zin van meer dan 25 woorden',
    );
    expect(readabilityWarning(items.slice(1))).toBeNull();
  });
});
