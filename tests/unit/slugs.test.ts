import { describe, expect, it } from 'vitest';
import { findDuplicateSlugs, isSlug, slugFromPath, suggestSlug } from '../../src/lib/content/slugs';

describe('slugFromPath', () => {
  it('is the file name without folders and extension', () => {
    expect(slugFromPath('achter-de-voordeur.md')).toBe('achter-de-voordeur');
    expect(slugFromPath('content/nieuws/2011/uitvoeringsovereenkomst.md')).toBe('uitvoeringsovereenkomst');
    expect(slugFromPath('C:\\content\\nieuws\\bericht.markdown')).toBe('bericht');
    expect(slugFromPath('nieuws/Bericht.MD')).toBe('Bericht');
  });

  it('only drops a Markdown extension', () => {
    expect(slugFromPath('nieuws/plan.v2.md')).toBe('plan.v2');
    expect(slugFromPath('site.yaml')).toBe('site.yaml');
  });
});

describe('isSlug', () => {
  it('accepts lower case words and digits joined by single hyphens', () => {
    for (const slug of ['heilust', 'heilust-1', 't-westhoes', '2011', 'park-west-fase-2'])
      expect(isSlug(slug), slug).toBe(true);
  });

  it('rejects capitals, spaces, accents, underscores and stray hyphens', () => {
    for (const slug of [
      'Heilust',
      'nieuw bericht',
      'café',
      'achter_de_voordeur',
      '-heilust',
      'heilust-',
      'park--west',
      '',
      'plan.v2',
    ]) {
      expect(isSlug(slug), slug).toBe(false);
    }
  });
});

describe('suggestSlug', () => {
  it('turns what an editor typed into a valid slug', () => {
    expect(suggestSlug('Nieuwe Brief (2012)')).toBe('nieuwe-brief-2012');
    expect(suggestSlug('Nieuw Bericht')).toBe('nieuw-bericht');
    expect(suggestSlug('Café één')).toBe('cafe-een');
    expect(suggestSlug('Achter_de_voordeur')).toBe('achter-de-voordeur');
    expect(suggestSlug("'t Westhoes")).toBe('t-westhoes');
  });

  it('always returns a slug, or nothing when there is nothing to keep', () => {
    for (const text of ['  --Hallo  Wereld--  ', 'A & B', 'x'])
      expect(isSlug(suggestSlug(text)), text).toBe(true);
    expect(suggestSlug('???')).toBe('');
  });
});

describe('findDuplicateSlugs', () => {
  it('finds two files in different folders with one name', () => {
    const found = findDuplicateSlugs(['nieuws/2011/x.md', 'nieuws/2012/x.md', 'nieuws/y.md']);
    expect([...found]).toEqual([['x', ['nieuws/2011/x.md', 'nieuws/2012/x.md']]]);
  });

  it('finds nothing when every name is different', () => {
    expect(findDuplicateSlugs(['a.md', 'sub/b.md', 'c.md']).size).toBe(0);
  });

  it('treats .md and .markdown of one name as the same slug', () => {
    expect([...findDuplicateSlugs(['a.md', 'a.markdown'])]).toEqual([['a', ['a.md', 'a.markdown']]]);
  });
});
