/**
 * The error summary above the form (NL Design System's form guidelines): each problem a link that
 * puts focus on its field; after a failed send, focus goes to its heading and the page's title
 * starts with the number of problems, so a screen reader hears at once that something is wrong.
 */
import { formText } from '../../strings/forms';
import type { Field } from './validate-field';

export interface FieldProblem {
  field: Field;
  message: string;
}

/** Fills the summary (`[data-error-summary]` with its `[data-error-list]`), or hides it when all is well. */
export function showErrorSummary(form: HTMLFormElement, problems: readonly FieldProblem[]): void {
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  const list = form.querySelector<HTMLElement>('[data-error-list]');
  if (!summary || !list) return;
  list.replaceChildren(
    ...problems.map(({ field, message }) => {
      const item = document.createElement('li');
      item.className = 'utrecht-unordered-list__item';
      const link = document.createElement('a');
      link.className = 'nl-link westwint-error-summary__link';
      link.href = `#${field.id}`;
      link.textContent = message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        field.focus();
      });
      item.append(link);
      return item;
    }),
  );
  summary.hidden = problems.length === 0;
}

/**
 * After a send with problems: focus on the summary's heading (or, without a summary, on the first
 * field with a problem). Returns the element that took focus.
 */
export function focusErrorSummary(
  form: HTMLFormElement,
  problems: readonly FieldProblem[],
): HTMLElement | null {
  const title = form.querySelector<HTMLElement>('[data-error-summary] [data-error-summary-title]');
  const target = title ?? problems[0]?.field ?? null;
  target?.focus();
  return target;
}

/**
 * The page's title with the number of problems in front ("2 fouten: …"), or as it was when there
 * are none. `title` is the page's own title, without a count.
 */
export function titleWithErrors(title: string, count: number): string {
  return count > 0 ? formText.errorTitle(count, title) : title;
}
