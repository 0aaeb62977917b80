// @vitest-environment happy-dom
/**
 * The rule of a field read from its markup, and its Dutch message (src/scripts/forms/validate-field.ts).
 * In happy-dom; tests/browser/forms.test.ts proves the parts together in Chromium.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ruleOf, validateField } from '../../src/scripts/forms/validate-field';
import { formText } from '../../src/strings/forms';
import { cleanUp, formFrom, field } from '../helpers/form-dom';

afterEach(cleanUp);

describe('fields', () => {
  it('reads the rule from the markup', () => {
    formFrom(`
      <textarea id="a" name="idee" required maxlength="5000"></textarea>
      <input id="b" name="email" type="email" maxlength="254">
      <input id="c" name="toestemming" type="checkbox" value="ja" required>
      <select id="d" name="buurt"><option value="">-</option></select>`);
    expect(ruleOf(field('#a'))).toEqual({ kind: 'text', required: true, maxLength: 5000 });
    expect(ruleOf(field('#b'))).toEqual({ kind: 'email', required: false, maxLength: 254 });
    expect(ruleOf(field('#c'))).toEqual({ kind: 'checkbox', required: true });
    expect(ruleOf(field('#d'))).toEqual({ kind: 'choice', required: false });
  });

  it('shows a message under the field, names it first in aria-describedby, and clears it when fixed', () => {
    formFrom(`
      <input id="mail" name="email" type="email" aria-describedby="mail-uitleg">
      <p id="mail-uitleg">Uitleg</p><p id="mail-fout" hidden></p>`);
    const mail = field('#mail');
    mail.value = 'mia@';
    expect(validateField(mail)).toBe(formText.errors.emailInvalid);
    expect(document.getElementById('mail-fout')!.textContent).toBe(formText.errors.emailInvalid);
    expect(document.getElementById('mail-fout')!.hidden).toBe(false);
    expect(mail.getAttribute('aria-describedby')).toBe('mail-fout mail-uitleg');
    expect(mail.getAttribute('aria-invalid')).toBe('true');

    mail.value = 'mia@example.nl';
    expect(validateField(mail)).toBeNull();
    expect(document.getElementById('mail-fout')!.hidden).toBe(true);
    expect(mail.getAttribute('aria-describedby')).toBe('mail-uitleg');
    expect(mail.hasAttribute('aria-invalid')).toBe(false);
  });

  it('sets a message as text, never as HTML', () => {
    formFrom('<input id="n" name="naam" required><p id="n-fout" hidden></p>');
    validateField(field('#n'));
    expect(document.getElementById('n-fout')!.children).toHaveLength(0);
  });
});
