/**
 * The rules of the idea form and the newsletter sign-up, shared by the markup (built
 * by Astro) and the browser script, so both check the same things. Pure: no DOM.
 */
import { formText } from '../../strings/forms.ts';

/** Netlify Forms names; Netlify files each submission under this name. */
export const IDEA_FORM = 'idee';
export const SIGNUP_FORM = 'nieuwsbrief-aanmelding';
export const FEEDBACK_FORM = 'paginafeedback';

/** Hidden field that people never see; a bot that fills it is filtered out by Netlify. */
export const HONEYPOT_FIELD = 'bot-veld';
/** Netlify needs this hidden field to know which form a POST belongs to. */
export const FORM_NAME_FIELD = 'form-name';

/** Where a control's hint is, for its aria-describedby. */
export const hintId = (controlId: string) => `${controlId}-uitleg`;

/** Where the form script shows what is wrong with a control. */
export const errorId = (controlId: string) => `${controlId}-fout`;

export const NAME_MAX_LENGTH = 200;
/** The longest address the mail standards allow. */
export const EMAIL_MAX_LENGTH = 254;

export type FieldKind = 'text' | 'email' | 'checkbox' | 'choice';

export interface FieldRule {
  kind: FieldKind;
  required: boolean;
  /** For text and email fields. */
  maxLength?: number;
}

export type Problem = 'missing' | 'tooLong' | 'invalidEmail';

/** A pragmatic address check: something@something.something, no spaces. Servers check the rest. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Counts characters the way people see them, not UTF-16 code units (an emoji is one). */
export function characterCount(value: string): number {
  return [...value].length;
}

/** What is wrong with one field's value, or null when it is fine. */
export function checkField(rule: FieldRule, value: string, checked = false): Problem | null {
  if (rule.kind === 'checkbox') return rule.required && !checked ? 'missing' : null;
  const trimmed = value.trim();
  if (trimmed === '') return rule.required ? 'missing' : null;
  if (rule.maxLength !== undefined && characterCount(value) > rule.maxLength) return 'tooLong';
  if (rule.kind === 'email' && !EMAIL.test(trimmed)) return 'invalidEmail';
  return null;
}

const number = new Intl.NumberFormat('nl-NL');
/** 5000 → "5.000", as Dutch readers write it. */
export const dutchNumber = (n: number) => number.format(n);

/** The Dutch message for a problem with a field. */
export function problemMessage(field: string, rule: FieldRule, problem: Problem): string {
  const e = formText.errors;
  const max = dutchNumber(rule.maxLength ?? 0);
  if (problem === 'invalidEmail') return e.emailInvalid;
  if (problem === 'tooLong') return field === 'idee' ? e.ideaTooLong(max) : e.tooLong(max);
  if (rule.kind === 'checkbox') return e.consentMissing;
  if (field === 'idee') return e.ideaMissing;
  if (rule.kind === 'email') return e.emailMissing;
  return e.missing;
}

/** The visible counter under the idea. */
export function counterText(length: number, max: number): string {
  return length <= max
    ? formText.ideaCounter(dutchNumber(max - length), dutchNumber(max))
    : formText.ideaCounterOver(dutchNumber(length - max));
}

export type FormEntries = Array<[string, string]>;

/**
 * The body Netlify Forms receives from a plain HTML form: application/x-www-form-urlencoded,
 * with line breaks as CRLF, as browsers send them, so a background send stores the same text.
 */
export function encodeForm(entries: FormEntries): string {
  return new URLSearchParams(
    entries.map(([name, value]) => [name, value.replace(/\r\n|\r|\n/g, '\r\n')]),
  ).toString();
}

/** Fields that never go into a draft: the honeypot and Netlify's bookkeeping. */
const NOT_IN_DRAFT = new Set([HONEYPOT_FIELD, FORM_NAME_FIELD]);

const DRAFT_VERSION = 1;

export const draftKey = (formName: string, page: string) => `westwint:concept:${formName}:${page}`;
/** The key of before (one per form, December 2026): its draft may hold a name and an address, so it is cleared. */
export const draftKeyBefore = (formName: string) => `westwint:concept:${formName}`;

/** What a resident has typed so far, as text for the browser's storage. Empty fields are left out. */
export function serialiseDraft(entries: FormEntries, savedAt = new Date()): string | null {
  const fields: Record<string, string> = {};
  for (const [name, value] of entries) {
    if (NOT_IN_DRAFT.has(name) || value === '') continue;
    fields[name] = value;
  }
  if (Object.keys(fields).length === 0) return null;
  return JSON.stringify({ version: DRAFT_VERSION, savedAt: savedAt.toISOString(), fields });
}

/** The fields of a stored draft; anything unreadable or foreign counts as no draft. */
export function parseDraft(text: string | null): Record<string, string> | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { version, fields } = data as { version?: unknown; fields?: unknown };
  if (version !== DRAFT_VERSION || typeof fields !== 'object' || fields === null || Array.isArray(fields))
    return null;
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string' && !NOT_IN_DRAFT.has(name)) result[name] = value;
  }
  return Object.keys(result).length > 0 ? result : null;
}

export type SendFailure = { kind: 'offline' } | { kind: 'network' } | { kind: 'status'; status: number };

/** Why sending failed, in plain Dutch. */
export function failureMessage(failure: SendFailure): string {
  const f = formText.failure;
  if (failure.kind === 'offline') return f.offline;
  if (failure.kind === 'network') return f.network;
  return failure.status >= 500 ? f.server(failure.status) : f.client(failure.status);
}

/**
 * Whether the browser script may send a form in the background: only to our own site.
 * A form that posts to a mailing service elsewhere is sent the ordinary way (fetch to
 * another origin would be blocked by the Content-Security-Policy's connect-src 'self').
 */
export function sendsInBackground(action: string, pageUrl: string): boolean {
  try {
    return new URL(action, pageUrl).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}
