/**
 * Makes every form marked data-resident-form kinder with JavaScript on: checks as the
 * resident goes, sends in the background, shows the thanks in place, and keeps a draft
 * in this browser's storage so nothing typed is lost. Without JavaScript the form is a
 * plain POST and all of this is skipped. Typed text is only ever set as .value or
 * .textContent, never as HTML. Each part has its own module; this one wires them up.
 */
import {
  FORM_NAME_FIELD,
  HONEYPOT_FIELD,
  draftKey,
  draftKeyBefore,
  encodeForm,
  failureMessage,
  sendsInBackground,
} from '../../lib/forms/form-rules';
import { formText } from '../../strings/forms';
import { attachCounters } from './character-count';
import { clearDraft, entriesOf, restoreDraft, saveDraft } from './draft';
import { focusErrorSummary, showErrorSummary, titleWithErrors } from './error-summary';
import { showStatus } from './form-status';
import { validateField, type Field } from './validate-field';
import { send } from './send';

/** The fields a resident fills in: not the hidden ones, and never the honeypot. */
function residentFields(form: HTMLFormElement): Field[] {
  return [...form.querySelectorAll<Field>('input, select, textarea')].filter(
    (field) => field.type !== 'hidden' && field.name !== HONEYPOT_FIELD && field.name !== '',
  );
}

/**
 * A message shown when a field loses focus to a press on the button would push the button
 * down mid-click, and the click would miss; the submit checks every field anyway.
 */
function trackSubmitPress(button: HTMLButtonElement | null): () => boolean {
  let pressing = false;
  button?.addEventListener('pointerdown', () => (pressing = true));
  document.addEventListener('pointerup', () => (pressing = false));
  document.addEventListener('pointercancel', () => (pressing = false));
  return () => pressing;
}

/**
 * The button says "Bezig met versturen…" and the form is busy while a send is on its way (the
 * button is NLDS's busy button: a waiting cursor).
 */
function sendingState(form: HTMLFormElement, button: HTMLButtonElement | null) {
  const label = button?.textContent ?? '';
  let sending = false;
  return {
    get on() {
      return sending;
    },
    set(on: boolean) {
      sending = on;
      form.setAttribute('aria-busy', String(on));
      if (!button) return;
      button.classList.toggle('nl-button--busy', on);
      if (on) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
      button.textContent = on ? formText.sending : label;
    },
  };
}

export function enhance(form: HTMLFormElement): void {
  const formName = (form.elements.namedItem(FORM_NAME_FIELD) as HTMLInputElement | null)?.value ?? form.name;
  const key = draftKey(formName, window.location.pathname);
  clearDraft(draftKeyBefore(formName));
  const fields = residentFields(form);
  const status = form.querySelector<HTMLElement>('[data-form-status]');
  const button = form.querySelector<HTMLButtonElement>('[data-submit]');
  const thanks = form.dataset.thanks ? document.getElementById(form.dataset.thanks) : null;
  const pressingSubmit = trackSubmitPress(button);
  const sending = sendingState(form, button);
  // The page's own title, without the count of problems a failed send puts in front.
  const pageTitle = document.title;

  // Our own Dutch messages replace the browser's bubbles.
  form.noValidate = true;

  const refreshCounters = attachCounters(form, fields);

  // Put back what the resident typed before a reload or a closed tab.
  if (restoreDraft(key, fields)) {
    refreshCounters();
    const note = form.querySelector<HTMLElement>('[data-draft-restored]');
    if (note) note.hidden = false;
  }

  for (const field of fields) {
    const isChoice = field instanceof HTMLSelectElement || field.type === 'checkbox';
    field.addEventListener(isChoice ? 'change' : 'input', () => {
      saveDraft(key, form);
      // Once a field has a message, it goes away as soon as the field is right.
      if (field.getAttribute('aria-invalid') === 'true' || isChoice) validateField(field);
    });
    // Check when the resident leaves a field they filled in; an untouched field waits for submit.
    field.addEventListener('blur', () => {
      if (!isChoice && field.value !== '' && !pressingSubmit()) validateField(field);
    });
  }

  form.addEventListener('submit', async (event) => {
    // A second click while the first is on its way does nothing.
    if (sending.on) {
      event.preventDefault();
      return;
    }
    const problems = fields.flatMap((field) => {
      const message = validateField(field);
      return message ? [{ field, message }] : [];
    });
    showErrorSummary(form, problems);
    document.title = titleWithErrors(pageTitle, problems.length);
    if (problems.length > 0) {
      event.preventDefault();
      focusErrorSummary(form, problems);
      return;
    }
    if (status) showStatus(status, null);

    const action = form.getAttribute('action') ?? window.location.href;
    if (!sendsInBackground(action, window.location.href)) {
      // A mailing service elsewhere: the browser posts the form and leaves the page.
      clearDraft(key);
      sending.set(true);
      return;
    }

    event.preventDefault();
    sending.set(true);
    const result = await send(new URL(action, window.location.href).href, encodeForm(entriesOf(form)));
    sending.set(false);
    if (result.ok) {
      clearDraft(key);
      if (thanks) {
        // What the thanks says only when a field was filled in (the e-mail address: we write back).
        for (const note of thanks.querySelectorAll<HTMLElement>('[data-shown-when-filled]')) {
          const field = document.getElementById(note.dataset.shownWhenFilled ?? '');
          note.hidden = !(field instanceof HTMLInputElement && field.value.trim() !== '');
        }
        form.hidden = true;
        thanks.hidden = false;
        thanks.focus();
      }
      return;
    }
    // Everything typed stays in the form (and in the draft); only the reason is shown.
    if (status) showStatus(status, failureMessage(result.failure));
  });
}
