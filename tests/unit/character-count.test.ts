// @vitest-environment happy-dom
/**
 * The character counter under a long text field (src/scripts/forms/character-count.ts).
 * In happy-dom; tests/browser/forms.test.ts proves the parts together in Chromium.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachCounters, COUNTER_ANNOUNCE_DELAY_MS } from '../../src/scripts/forms/character-count';
import { cleanUp, formFrom, field } from '../helpers/form-dom';

afterEach(cleanUp);

describe('character count', () => {
  beforeEach(() => vi.useFakeTimers());

  it('shows the count at once and announces it only after a pause in typing', () => {
    const form = formFrom(`
      <textarea id="idee" name="idee" maxlength="10"></textarea>
      <p class="westwint-character-count" data-counter-for="idee" hidden></p><p class="westwint-visually-hidden" data-counter-live-for="idee"></p>`);
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
