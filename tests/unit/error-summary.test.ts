// @vitest-environment happy-dom
/**
 * The error summary above a form (src/scripts/forms/error-summary.ts).
 * In happy-dom; tests/browser/forms.test.ts proves the parts together in Chromium.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { focusErrorSummary, showErrorSummary, titleWithErrors } from '../../src/scripts/forms/error-summary';
import { cleanUp, formFrom, field } from '../helpers/form-dom';

afterEach(cleanUp);

const summaryMarkup = `
  <div class="westwint-error-summary" data-error-summary hidden>
    <h2 tabindex="-1" data-error-summary-title>Er ontbreekt nog iets</h2>
    <ul class="utrecht-unordered-list" data-error-list></ul>
  </div>`;

describe('error summary', () => {
  it('lists every problem as a link that puts focus on its field, and hides itself when all is well', () => {
    const form = formFrom(`${summaryMarkup}<input id="naam" name="naam"><input id="mail" name="email">`);
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
    // NL Design System's list and links.
    expect([...form.querySelectorAll('[data-error-list] li')].map((item) => item.className)).toEqual([
      'utrecht-unordered-list__item',
      'utrecht-unordered-list__item',
    ]);
    expect(links.every((link) => link.classList.contains('nl-link'))).toBe(true);
    expect(form.querySelector<HTMLElement>('[data-error-summary]')!.hidden).toBe(false);
    links[0]!.click();
    expect(document.activeElement).toBe(naam);

    showErrorSummary(form, []);
    expect(form.querySelectorAll('[data-error-list] li')).toHaveLength(0);
    expect(form.querySelector<HTMLElement>('[data-error-summary]')!.hidden).toBe(true);
  });

  it('puts focus on its heading after a failed send', () => {
    const form = formFrom(`${summaryMarkup}<input id="naam" name="naam">`);
    const problems = [{ field: field('#naam'), message: 'Vul uw naam in.' }];
    showErrorSummary(form, problems);
    const title = form.querySelector<HTMLElement>('[data-error-summary-title]')!;
    expect(focusErrorSummary(form, problems)).toBe(title);
    expect(document.activeElement).toBe(title);
  });

  it('without a summary, puts focus on the first field with a problem', () => {
    const form = formFrom('<input id="naam" name="naam"><input id="mail" name="email">');
    const problems = [
      { field: field('#mail'), message: 'Vul een geldig e-mailadres in.' },
      { field: field('#naam'), message: 'Vul uw naam in.' },
    ];
    focusErrorSummary(form, problems);
    expect(document.activeElement).toBe(field('#mail'));
  });

  it('puts the number of problems in front of the page’s title, in Dutch plural', () => {
    expect(titleWithErrors('Goede ideeën in West! | West wint aan ruimte', 1)).toBe(
      '1 fout: Goede ideeën in West! | West wint aan ruimte',
    );
    expect(titleWithErrors('Goede ideeën in West!', 3)).toBe('3 fouten: Goede ideeën in West!');
    expect(titleWithErrors('Goede ideeën in West!', 0)).toBe('Goede ideeën in West!');
  });
});
