import { describe, expect, it } from 'vitest';
import { unknownFieldMessage } from '../../src/lib/content/field-kinds';

describe('unknownFieldMessage', () => {
  it('names the unknown field, the likely one and every allowed field', () => {
    expect(unknownFieldMessage(['draf', 'auteur'], ['title', 'draft'])).toBe(
      'onbekend veld "draf" (bedoelt u "draft"?), "auteur"; toegestane velden zijn: title, draft',
    );
  });
});
