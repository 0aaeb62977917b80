/**
 * The fields of each form, for the components that build the markup. Kept apart from
 * rules.ts because consts.ts reads process.env, which has no place in browser code;
 * the script reads these rules back from the markup (required, maxlength, type).
 */
import { IDEA_MAX_LENGTH } from '../../consts.ts';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, type FieldRule } from './form-rules.ts';

/** The idea form's fields. The markup is built from these, and the script reads them back from it. */
export const IDEA_FIELDS = {
  idee: { kind: 'text', required: true, maxLength: IDEA_MAX_LENGTH },
  project: { kind: 'choice', required: false },
  buurt: { kind: 'choice', required: false },
  naam: { kind: 'text', required: false, maxLength: NAME_MAX_LENGTH },
  email: { kind: 'email', required: false, maxLength: EMAIL_MAX_LENGTH },
  toestemming: { kind: 'checkbox', required: true },
  /** The second consent: the idea may be shown on the site, without the name, with its answer. */
  openbaar: { kind: 'checkbox', required: false },
} as const satisfies Record<string, FieldRule>;

export const SIGNUP_FIELDS = {
  email: { kind: 'email', required: true, maxLength: EMAIL_MAX_LENGTH },
  toestemming: { kind: 'checkbox', required: true },
} as const satisfies Record<string, FieldRule>;

/**
 * "Was deze pagina nuttig?": a choice and an optional short remark, and the page it was sent
 * from. No personal data is asked. A plain form: the browser checks these rules itself.
 */
export const FEEDBACK_FIELDS = {
  nuttig: { kind: 'choice', required: true },
  opmerking: { kind: 'text', required: false, maxLength: 500 },
} as const satisfies Record<string, FieldRule>;

/** The value a ticked consent box sends (toestemming, openbaar). */
export const CONSENT_VALUE = 'ja';
