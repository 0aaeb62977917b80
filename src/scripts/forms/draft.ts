/** What the resident typed, kept in this browser until the form is sent, so a reload loses nothing. */
import { parseDraft, serialiseDraft, type FormEntries } from '../../lib/forms/form-rules';
import type { Field } from './validate-field';

/** localStorage can be switched off or full; then the form simply works without a draft. */
const storage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      /* no storage: nothing to keep */
    }
  },
};

/** The form's entries as sent, with a file field reduced to its name. */
export function entriesOf(form: HTMLFormElement): FormEntries {
  return [...new FormData(form)].map(([name, value]) => [
    name,
    typeof value === 'string' ? value : value.name,
  ]);
}

export function saveDraft(key: string, form: HTMLFormElement): void {
  storage.set(key, serialiseDraft(entriesOf(form)));
}

export function clearDraft(key: string): void {
  storage.set(key, null);
}

/** Puts a saved draft back into the fields; a choice that no longer exists is left alone. Returns whether there was one. */
export function restoreDraft(key: string, fields: readonly Field[]): boolean {
  const draft = parseDraft(storage.get(key));
  if (!draft) return false;
  for (const field of fields) {
    const value = draft[field.name];
    if (value === undefined) continue;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === field.value;
    else if (field instanceof HTMLSelectElement) {
      if ([...field.options].some((option) => option.value === value)) field.value = value;
    } else field.value = value;
  }
  return true;
}
