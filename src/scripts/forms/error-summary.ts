/** The list of problems above the form: each a link that puts focus on its field. */
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
      const link = document.createElement('a');
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
