// @vitest-environment happy-dom
/**
 * What a resident typed, kept in the browser until it is sent (src/scripts/forms/draft.ts).
 * In happy-dom; tests/browser/forms.test.ts proves the parts together in Chromium.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, restoreDraft, saveDraft } from '../../src/scripts/forms/draft';
import { serialiseDraft } from '../../src/lib/forms/form-rules';
import { cleanUp, formFrom, field } from '../helpers/form-dom';

afterEach(cleanUp);

describe('draft', () => {
  const markup = `
    <input type="hidden" name="form-name" value="idee">
    <textarea id="idee" name="idee"></textarea>
    <select id="buurt" name="buurt"><option value="">-</option><option value="heilust">Heilust</option></select>
    <input id="ok" name="toestemming" type="checkbox" value="ja">`;

  it('keeps what was typed and puts it back, choices and checkboxes included', () => {
    const form = formFrom(markup);
    field<HTMLTextAreaElement>('#idee').value = 'Meer bankjes in het park.';
    field<HTMLSelectElement>('#buurt').value = 'heilust';
    field('#ok').checked = true;
    saveDraft('concept:idee', form);

    formFrom(markup);
    const fields = [field<HTMLTextAreaElement>('#idee'), field<HTMLSelectElement>('#buurt'), field('#ok')];
    expect(restoreDraft('concept:idee', fields)).toBe(true);
    expect(
      fields.map((f) => (f instanceof HTMLInputElement && f.type === 'checkbox' ? f.checked : f.value)),
    ).toEqual(['Meer bankjes in het park.', 'heilust', true]);
  });

  it('skips a choice that no longer exists, and has nothing to restore once cleared', () => {
    localStorage.setItem(
      'concept:idee',
      serialiseDraft([
        ['buurt', 'verdwenen-buurt'],
        ['idee', 'Tekst'],
      ])!,
    );
    formFrom(markup);
    const buurt = field<HTMLSelectElement>('#buurt');
    restoreDraft('concept:idee', [buurt, field<HTMLTextAreaElement>('#idee')]);
    expect(buurt.value).toBe('');
    expect(field<HTMLTextAreaElement>('#idee').value).toBe('Tekst');
    clearDraft('concept:idee');
    expect(restoreDraft('concept:idee', [buurt])).toBe(false);
  });

  it('works without storage: nothing kept, nothing thrown', () => {
    for (const method of ['getItem', 'setItem', 'removeItem'] as const) {
      vi.spyOn(Storage.prototype, method).mockImplementation(() => {
        throw new DOMException('geen opslag', 'SecurityError');
      });
    }
    const form = formFrom(markup);
    expect(() => saveDraft('concept:idee', form)).not.toThrow();
    expect(restoreDraft('concept:idee', [field<HTMLTextAreaElement>('#idee')])).toBe(false);
  });
});
