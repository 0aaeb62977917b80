// @vitest-environment happy-dom
/**
 * The parts of the forms' browser script, each on its own, in a simulated DOM: field
 * messages, the error summary, the character counter, the draft and sending.
 * tests/browser/forms.test.ts proves them together in Chromium.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachCounters, COUNTER_ANNOUNCE_DELAY_MS } from '../../src/scripts/forms/character-count';
import { clearDraft, restoreDraft, saveDraft } from '../../src/scripts/forms/draft';
import { showErrorSummary } from '../../src/scripts/forms/error-summary';
import { ruleOf, validateField, type Field } from '../../src/scripts/forms/validate-field';
import { send } from '../../src/scripts/forms/send';
import { serialiseDraft } from '../../src/lib/forms/form-rules';
import { formText } from '../../src/strings';

function formFrom(html: string): HTMLFormElement {
  document.body.innerHTML = `<form>${html}</form>`;
  return document.querySelector('form')!;
}

const field = <T extends Field = HTMLInputElement>(selector: string) => document.querySelector(selector) as T;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  localStorage.clear();
});

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

describe('character count', () => {
  beforeEach(() => vi.useFakeTimers());

  it('shows the count at once and announces it only after a pause in typing', () => {
    const form = formFrom(`
      <textarea id="idee" name="idee" maxlength="10"></textarea>
      <p data-counter-for="idee" hidden></p><p data-counter-live-for="idee"></p>`);
    const idea = field<HTMLTextAreaElement>('#idee');
    attachCounters(form, [idea]);
    const visible = form.querySelector<HTMLElement>('[data-counter-for]')!;
    const spoken = form.querySelector<HTMLElement>('[data-counter-live-for]')!;
    expect(visible.hidden).toBe(false);
    const start = visible.textContent;

    idea.value = 'Één 🌳';
    idea.dispatchEvent(new Event('input'));
    expect(visible.textContent).not.toBe(start);
    expect(visible.textContent).toContain('5');
    expect(spoken.textContent).toBe('');
    vi.advanceTimersByTime(COUNTER_ANNOUNCE_DELAY_MS);
    expect(spoken.textContent).toBe(visible.textContent);
  });

  it('leaves fields without a counter element or a maximum alone', () => {
    const form = formFrom(
      '<input id="naam" name="naam" maxlength="200"><textarea id="vrij" name="vrij"></textarea><p data-counter-for="vrij" hidden></p>',
    );
    attachCounters(form, [field('#naam'), field<HTMLTextAreaElement>('#vrij')]);
    expect(form.querySelector<HTMLElement>('[data-counter-for="vrij"]')!.hidden).toBe(true);
  });
});

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

describe('send', () => {
  it('posts the form urlencoded and reports success', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await send('https://www.westwint.nl/ideeen/', 'form-name=idee&idee=Bankjes')).toEqual({
      ok: true,
    });
    expect(fetch).toHaveBeenCalledWith(
      'https://www.westwint.nl/ideeen/',
      expect.objectContaining({
        method: 'POST',
        body: 'form-name=idee&idee=Bankjes',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    );
  });

  it('says why it failed: a status, no connection, or a network error', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 500 }));
    expect(await send('/x/', '')).toEqual({ ok: false, failure: { kind: 'status', status: 500 } });

    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('navigator', { onLine: false });
    expect(await send('/x/', '')).toEqual({ ok: false, failure: { kind: 'offline' } });
    vi.stubGlobal('navigator', { onLine: true });
    expect(await send('/x/', '')).toEqual({ ok: false, failure: { kind: 'network' } });
  });
});
