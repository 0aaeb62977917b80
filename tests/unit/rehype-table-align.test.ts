import { describe, expect, test } from 'vitest';
import { alignToClass } from '../../src/lib/content/rehype-table-align';

const cell = (tagName: string, properties: Record<string, unknown>) => ({
  type: 'element',
  tagName,
  properties,
  children: [],
});

describe('alignToClass', () => {
  test('turns align on table cells into a class and removes the attribute', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'tr',
          properties: {},
          children: [cell('th', { align: 'right' }), cell('td', { align: 'center', className: ['x'] })],
        },
      ],
    };
    alignToClass(tree);
    const [th, td] = tree.children[0]!.children;
    expect(th!.properties).toEqual({ className: ['align-right'] });
    expect(td!.properties).toEqual({ className: ['x', 'align-center'] });
  });

  test('drops an alignment it does not know, and leaves other elements alone', () => {
    const odd = cell('td', { align: 'justify' });
    const paragraph = cell('p', { align: 'right' });
    alignToClass({ type: 'root', children: [odd, paragraph] });
    expect(odd.properties).toEqual({});
    expect(paragraph.properties).toEqual({ align: 'right' });
  });
});
