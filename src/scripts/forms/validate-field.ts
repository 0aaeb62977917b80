/** One form field in the page: its rule, read back from the markup, and its message. */
import { checkField, errorId, problemMessage, type FieldRule } from '../../lib/forms/form-rules';

export type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The rule the markup states (required, maxlength, type), so script and markup cannot disagree. */
export function ruleOf(field: Field): FieldRule {
  const maxLength = 'maxLength' in field && field.maxLength > 0 ? field.maxLength : undefined;
  if (field instanceof HTMLSelectElement) return { kind: 'choice', required: field.required };
  if (field instanceof HTMLInputElement && field.type === 'checkbox')
    return { kind: 'checkbox', required: field.required };
  if (field instanceof HTMLInputElement && field.type === 'email')
    return { kind: 'email', required: field.required, maxLength };
  return { kind: 'text', required: field.required, maxLength };
}

function setDescribedBy(field: Field, errorId: string, on: boolean): void {
  const ids = (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter((id) => id && id !== errorId);
  if (on) ids.unshift(errorId);
  if (ids.length > 0) field.setAttribute('aria-describedby', ids.join(' '));
  else field.removeAttribute('aria-describedby');
}

/**
 * Checks one field, shows or clears its message (the element `<id>-fout`, which the field
 * then names first in aria-describedby), and returns the message.
 */
export function validateField(field: Field): string | null {
  const rule = ruleOf(field);
  const checked = field instanceof HTMLInputElement && field.checked;
  const problem = checkField(rule, field.value, checked);
  const message = problem ? problemMessage(field.name, rule, problem) : null;
  const error = document.getElementById(errorId(field.id));
  if (error) {
    error.textContent = message ?? '';
    error.hidden = message === null;
    setDescribedBy(field, error.id, message !== null);
  }
  if (message) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
  return message;
}
