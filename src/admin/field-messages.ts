/**
 * A problem found before saving, shown next to its field: Sveltia marks each field's group with
 * data-key-path (title, partners.0.url), and the message goes under the field's name, tied to its
 * inputs with aria-describedby so a screen reader reads it with the field. It goes away as soon as
 * the field is changed, or at the next attempt to save.
 */

const MESSAGE_CLASS = 'westwint-field-message';
const INPUTS =
  'input, textarea, select, [contenteditable="true"], [role="textbox"], [role="combobox"], [role="listbox"]';

/** The field's group in the entry editor, or its nearest parent's (a list item's message goes with the list). */
function fieldGroup(field: string): HTMLElement | null {
  for (let path = field; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    const group = document.querySelector<HTMLElement>(`[data-key-path="${CSS.escape(path)}"]`);
    if (group) return group;
  }
  return null;
}

function describe(input: Element, id: string, add: boolean): void {
  const ids = new Set((input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  if (add) ids.add(id);
  else ids.delete(id);
  if (ids.size > 0) input.setAttribute('aria-describedby', [...ids].join(' '));
  else input.removeAttribute('aria-describedby');
  if (add) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function remove(message: Element): void {
  const group = message.parentElement;
  for (const input of group?.querySelectorAll(INPUTS) ?? []) describe(input, message.id, false);
  message.remove();
}

export function clearFieldMessages(): void {
  for (const message of document.querySelectorAll(`.${MESSAGE_CLASS}`)) remove(message);
}

/** A message to show under a field (a key path such as partners.0.url; null for the entry as a whole). */
export interface FieldMessage {
  field: string | null;
  message: string;
}

export function showFieldMessages(problems: readonly FieldMessage[]): void {
  let first: HTMLElement | null = null;
  problems.forEach((problem, index) => {
    const group = problem.field ? fieldGroup(problem.field) : null;
    if (!group) return;
    const message = document.createElement('p');
    message.className = MESSAGE_CLASS;
    message.id = `westwint-field-message-${index}`;
    message.textContent = problem.message;
    const header = group.querySelector(':scope > header');
    if (header) header.after(message);
    else group.prepend(message);
    for (const input of group.querySelectorAll(INPUTS)) describe(input, message.id, true);
    group.addEventListener('input', () => remove(message), { once: true });
    group.addEventListener('change', () => remove(message), { once: true });
    first ??= group;
  });
  (first as HTMLElement | null)?.scrollIntoView({ block: 'center' });
}
