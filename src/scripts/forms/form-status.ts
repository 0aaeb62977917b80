/**
 * The form's status line (`[data-form-status]`, a live region with role="alert" that is in the page
 * from the start, so screen readers announce what is put in it): why a send failed, as an NL Design
 * System error alert. The message is set as text, never as HTML.
 */
export function showStatus(status: HTMLElement, message: string | null): void {
  if (message === null) {
    status.replaceChildren();
    return;
  }
  const alert = document.createElement('div');
  alert.className = 'utrecht-alert utrecht-alert--error';
  const content = document.createElement('div');
  content.className = 'utrecht-alert__content';
  const text = document.createElement('p');
  text.className = 'utrecht-alert__message';
  text.textContent = message;
  content.append(text);
  alert.append(content);
  status.replaceChildren(alert);
}
