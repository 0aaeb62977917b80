import { describe, expect, it } from 'vitest';
import { valuesUsedTwice } from '../../src/lib/content/rules/unique-values';
import { fileFacts, lines } from '../helpers/file-facts';

const edition = (id: string, unique: number) => fileFacts('editions', id, { unique });

describe('valuesUsedTwice', () => {
  it('accepts distinct numbers', () => {
    expect(valuesUsedTwice([edition('heilust-1', 1), edition('heilust-2', 2)])).toEqual([]);
  });

  it('names every file that uses a number twice, the field and the rule', () => {
    const problems = valuesUsedTwice([
      edition('heilust-2', 2),
      edition('heilust-1', 1),
      edition('heilust-9', 2),
    ]);
    expect(problems).toEqual([
      {
        files: ['content/nieuwsbrief/heilust-2.md', 'content/nieuwsbrief/heilust-9.md'],
        field: 'edition',
        issue: { kind: 'number-used-twice', number: 2, one: 'editie' },
      },
    ]);
    expect(lines(problems)).toEqual([
      'content/nieuwsbrief/heilust-2.md en content/nieuwsbrief/heilust-9.md: veld "edition": nummer 2 komt meer dan eens voor; elke editie heeft een eigen nummer',
    ]);
  });

  it('ignores types without a unique field', () => {
    expect(valuesUsedTwice([fileFacts('news', 'a'), fileFacts('news', 'b')])).toEqual([]);
  });
});
