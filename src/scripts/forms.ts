/**
 * Makes every form marked data-resident-form kinder with JavaScript on: checks as the
 * resident goes, sends in the background, shows the thanks in place, and keeps a draft
 * in this browser's storage so nothing typed is lost. Without JavaScript the form is a
 * plain POST and all of this is skipped. Typed text is only ever set as .value or
 * .textContent, never as HTML.
 */
import {
  FORM_NAME_FIELD,
  HONEYPOT_FIELD,
  checkField,
  characterCount,
  counterText,
  draftKey,
  encodeForm,
  failureMessage,
  parseDraft,
  problemMessage,
  sendsInBackground,
  serialiseDraft,
  type FieldRule,
  type FormEntries,
  type SendFailure,
} from '../lib/forms/rules';
import { formText } from '../strings';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Long enough for a slow mobile connection, short enough that nobody waits forever. */
const SEND_TIMEOUT_MS = 30_000;
/** Screen readers hear the counter only after a pause in typing, not at every key. */
const COUNTER_ANNOUNCE_DELAY_MS = 1_500;

function ruleOf(field: Field): FieldRule {
  const maxLength = 'maxLength' in field && field.maxLength > 0 ? field.maxLength : undefined;
  if (field instanceof HTMLSelectElement) return { kind: 'choice', required: field.required };
  if (field instanceof HTMLInputElement && field.type === 'checkbox') return { kind: 'checkbox', required: field.required };
  if (field instanceof HTMLInputElement && field.type === 'email') return { kind: 'email', required: field.required, maxLength };
  return { kind: 'text', required: field.required, maxLength };
}

function entriesOf(form: HTMLFormElement): FormEntries {
  return [...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]);
}

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

type SendResult = { ok: true } | { ok: false; failure: SendFailure };

async function send(url: string, body: string): Promise<SendResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      credentials: 'same-origin',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    return response.ok ? { ok: true } : { ok: false, failure: { kind: 'status', status: response.status } };
  } catch {
    return { ok: false, failure: { kind: navigator.onLine ? 'network' : 'offline' } };
  }
}

function enhance(form: HTMLFormElement): void {
  const formName = (form.elements.namedItem(FORM_NAME_FIELD) as HTMLInputElement | null)?.value ?? form.name;
  const key = draftKey(formName);
  const fields = [...form.querySelectorAll<Field>('input, select, textarea')].filter(
    (field) => field.type !== 'hidden' && field.name !== HONEYPOT_FIELD && field.name !== '',
  );
  const status = form.querySelector<HTMLElement>('[data-form-status]');
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  const summaryList = form.querySelector<HTMLElement>('[data-error-list]');
  const draftNote = form.querySelector<HTMLElement>('[data-draft-restored]');
  const button = form.querySelector<HTMLButtonElement>('[data-submit]');
  const thanksId = form.dataset.thanks;
  const thanks = thanksId ? document.getElementById(thanksId) : null;
  const buttonLabel = button?.textContent ?? '';
  let sending = false;
  // A message shown when the field loses focus to a press on the button would push the
  // button down mid-click, and the click would miss; the submit checks every field anyway.
  let pressingSubmit = false;
  button?.addEventListener('pointerdown', () => (pressingSubmit = true));
  document.addEventListener('pointerup', () => (pressingSubmit = false));
  document.addEventListener('pointercancel', () => (pressingSubmit = false));

  // Our own Dutch messages replace the browser's bubbles.
  form.noValidate = true;

  const errorOf = (field: Field) => document.getElementById(`${field.id}-fout`);

  function setDescribedBy(field: Field, errorId: string, on: boolean) {
    const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== errorId);
    if (on) ids.unshift(errorId);
    if (ids.length > 0) field.setAttribute('aria-describedby', ids.join(' '));
    else field.removeAttribute('aria-describedby');
  }

  /** Checks one field, shows or clears its message, and returns the message. */
  function validate(field: Field): string | null {
    const rule = ruleOf(field);
    const checked = field instanceof HTMLInputElement && field.checked;
    const problem = checkField(rule, field.value, checked);
    const message = problem ? problemMessage(field.name, rule, problem) : null;
    const error = errorOf(field);
    if (error) {
      error.textContent = message ?? '';
      error.hidden = message === null;
      setDescribedBy(field, error.id, message !== null);
    }
    if (message) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
    return message;
  }

  function showSummary(problems: Array<{ field: Field; message: string }>) {
    if (!summary || !summaryList) return;
    summaryList.replaceChildren(
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

  // The counter under the idea: visible at once, read out after a pause.
  const counters = fields.flatMap((field) => {
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

  const saveDraft = () => storage.set(key, serialiseDraft(entriesOf(form)));

  // Put back what the resident typed before a reload or a closed tab.
  const draft = parseDraft(storage.get(key));
  if (draft) {
    for (const field of fields) {
      const value = draft[field.name];
      if (value === undefined) continue;
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === field.value;
      else if (field instanceof HTMLSelectElement) {
        if ([...field.options].some((option) => option.value === value)) field.value = value;
      } else field.value = value;
    }
    counters.forEach((refresh) => refresh());
    if (draftNote) {
      draftNote.textContent = formText.draftRestored;
      draftNote.hidden = false;
    }
  }

  for (const field of fields) {
    const isChoice = field instanceof HTMLSelectElement || field.type === 'checkbox';
    field.addEventListener(isChoice ? 'change' : 'input', () => {
      saveDraft();
      // Once a field has a message, it goes away as soon as the field is right.
      if (field.getAttribute('aria-invalid') === 'true' || isChoice) validate(field);
    });
    // Check when the resident leaves a field they filled in; an untouched field waits for submit.
    field.addEventListener('blur', () => {
      if (!isChoice && field.value !== '' && !pressingSubmit) validate(field);
    });
  }

  function setSending(on: boolean) {
    sending = on;
    form.setAttribute('aria-busy', String(on));
    if (!button) return;
    if (on) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
    button.textContent = on ? formText.sending : buttonLabel;
  }

  form.addEventListener('submit', async (event) => {
    // A second click while the first is on its way does nothing.
    if (sending) {
      event.preventDefault();
      return;
    }
    const problems = fields.flatMap((field) => {
      const message = validate(field);
      return message ? [{ field, message }] : [];
    });
    showSummary(problems);
    if (problems.length > 0) {
      event.preventDefault();
      problems[0]?.field.focus();
      return;
    }
    if (status) status.textContent = '';

    const action = form.getAttribute('action') ?? window.location.href;
    if (!sendsInBackground(action, window.location.href)) {
      // A mailing service elsewhere: the browser posts the form and leaves the page.
      storage.set(key, null);
      setSending(true);
      return;
    }

    event.preventDefault();
    setSending(true);
    const result = await send(new URL(action, window.location.href).href, encodeForm(entriesOf(form)));
    setSending(false);
    if (result.ok) {
      storage.set(key, null);
      if (thanks) {
        form.hidden = true;
        thanks.hidden = false;
        thanks.focus();
      }
      return;
    }
    // Everything typed stays in the form (and in the draft); only the reason is shown.
    if (status) status.textContent = failureMessage(result.failure);
  });
}

document.querySelectorAll<HTMLFormElement>('form[data-resident-form]').forEach(enhance);
