/** The counter under a long field: visible at once, read out to screen readers after a pause. */
import { characterCount, counterText } from '../../lib/forms/form-rules';
import type { Field } from './validate-field';

/** Screen readers hear the counter only after a pause in typing, not at every key. */
export const COUNTER_ANNOUNCE_DELAY_MS = 1_500;

/**
 * Shows a counter for every field with a maxlength and a `[data-counter-for]` element, and
 * keeps it up to date while typing (`[data-counter-live-for]` is the polite live region).
 * Returns a function that refreshes every counter, for when values are set by the script.
 */
export function attachCounters(form: HTMLFormElement, fields: readonly Field[]): () => void {
  const refreshers = fields.flatMap((field) => {
    const visible = form.querySelector<HTMLElement>(`[data-counter-for="${field.id}"]`);
    const spoken = form.querySelector<HTMLElement>(`[data-counter-live-for="${field.id}"]`);
    const max = 'maxLength' in field ? field.maxLength : -1;
    if (!visible || max <= 0) return [];
    visible.hidden = false;
    let timer: number | undefined;
    const update = (announce: boolean) => {
      const text = counterText(characterCount(field.value), max);
      visible.textContent = text;
      if (!spoken) return;
      window.clearTimeout(timer);
      if (announce) timer = window.setTimeout(() => (spoken.textContent = text), COUNTER_ANNOUNCE_DELAY_MS);
    };
    update(false);
    field.addEventListener('input', () => update(true));
    return [() => update(false)];
  });
  return () => refreshers.forEach((refresh) => refresh());
}
