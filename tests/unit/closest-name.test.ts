import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/lib/content/closest-name';

const fields = [
  'title',
  'date',
  'summary',
  'projects',
  'neighbourhoods',
  'image',
  'imageAlt',
  'draft',
  'aliases',
];

describe('closestName', () => {
  it('guesses the field an editor meant', () => {
    expect(closestName('draf', fields)).toBe('draft');
    expect(closestName('titel', fields)).toBe('title');
    expect(closestName('Summary', fields)).toBe('summary');
    expect(closestName('imagealt', fields)).toBe('imageAlt');
    expect(closestName('neighborhoods', fields)).toBe('neighbourhoods');
  });

  it('guesses nothing when no field is close', () => {
    expect(closestName('auteur', fields)).toBeUndefined();
    expect(closestName('x', fields)).toBeUndefined();
  });
});
