/**
 * What an idea's file takes from a submission of the form `idee` (src/lib/forms/form-fields.ts,
 * IDEA_FIELDS), as Netlify's API returned it: the words, the project and neighbourhood chosen,
 * the consent to show it, and whether an address was given. Never the name, the address, the IP
 * address or the browser; nothing in the form chooses a field or a path.
 */
import { IDEA_MAX_LENGTH } from '../../consts.ts';
import { isSlug } from '../content/slugs.ts';
import { CONSENT_VALUE } from '../forms/form-fields.ts';

export interface SubmittedIdea {
  /** The resident's words, cleaned and cut to the form's maxlength; kept only for a public idea. */
  idea?: string;
  /** A project's slug, as the form sends it; whether it exists is checked against the repository. */
  project?: string;
  neighbourhood?: string;
  /** The resident ticked "openbaar": the idea may be shown, without the name, with its answer. */
  public: boolean;
  /** An e-mail address was given (the address itself is never kept). */
  wantsReply: boolean;
}

/**
 * Control characters other than tab and newline, and the marks that turn text around (bidi
 * overrides and isolates): a form can send them, a page should never show them.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** The words as a file may hold them: well-formed, one kind of newline, no control characters, within `max`. */
export function cleanIdeaText(text: string, max = IDEA_MAX_LENGTH): string {
  const clean = text.toWellFormed().replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
  if (clean.length <= max) return clean;
  // Cut at `max` UTF-16 units, as the schema counts, but never between the two halves of one character.
  const cut = clean.slice(0, max);
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).trim();
}

const slugOrNothing = (value: unknown): string | undefined =>
  typeof value === 'string' && isSlug(value.trim()) ? value.trim() : undefined;

/** What the file needs from the form's fields; the words only when the idea may be shown. */
export function submittedIdea(data: Readonly<Record<string, unknown>>): SubmittedIdea {
  const isPublic = data.openbaar === CONSENT_VALUE;
  const words = typeof data.idee === 'string' ? cleanIdeaText(data.idee) : '';
  const project = slugOrNothing(data.project);
  const neighbourhood = slugOrNothing(data.buurt);
  return {
    ...(isPublic && words ? { idea: words } : {}),
    ...(project ? { project } : {}),
    ...(neighbourhood ? { neighbourhood } : {}),
    public: isPublic,
    wantsReply: typeof data.email === 'string' && data.email.trim() !== '',
  };
}
