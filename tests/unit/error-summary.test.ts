// @vitest-environment happy-dom
/**
 * The error summary above a form (src/scripts/forms/error-summary.ts).
 * In happy-dom; tests/browser/forms.test.ts proves the parts together in Chromium.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { showErrorSummary } from '../../src/scripts/forms/error-summary';
import { cleanUp, formFrom, field } from '../helpers/form-dom';

afterEach(cleanUp);

describe('error summary', () => {
  it('lists every problem as a link that puts focus on its field, and hides itself when all is well', () => {
    const form = formFrom(`
      <div data-error-summary hidden><ul data-error-list></ul></div>
      <input id="naam" name="naam"><input id="mail" name="email">`);
    const naam = field('#naam');
    showErrorSummary(form, [
      { field: naam, message: 'Vul uw naam in.' },
      { field: field('#mail'), message: 'Vul een geldig e-mailadres in.' },
    ]);
    const links = [...form.querySelectorAll<HTMLAnchorElement>('[data-error-list] a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['#naam', 'Vul uw naam in.'],
      ['#mail', 'Vul een geldig e-mailadres in.'],
    ]);
    expect(form.querySelector<HTMLElement>('[data-error-summary]')!.hidden).toBe(false);
    links[0]!.click();
    expect(document.activeElement).toBe(naam);

    showErrorSummary(form, []);
    expect(form.querySelectorAll('[data-error-list] li')).toHaveLength(0);
    expect(form.querySelector<HTMLElement>('[data-error-summary]')!.hidden).toBe(true);
  });
});
