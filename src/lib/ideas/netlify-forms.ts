/**
 * Whether a submission is real: anyone can call a function with a made-up payload, so before an
 * idea is written its submission is looked up through Netlify's API, among the verified
 * submissions of this site's form `idee` (GET /sites/{site_id}/forms, then
 * GET /forms/{form_id}/submissions, newest first, paged). Only what was found there is used: the
 * payload gives nothing but the id. Plain fetch, as the calls are two.
 */
import { IDEA_FORM } from '../forms/form-rules.ts';
import { failureOfStatus, noAnswer, PassOnError } from './errors.ts';

export interface NetlifyFormsSettings {
  /** https://api.netlify.com/api/v1, or a stand-in's (NETLIFY_API_URL). */
  apiUrl: string;
  token: string;
  /** The site's id, which Netlify gives its functions (SITE_ID). */
  siteId: string;
  timeoutMs: number;
}

export interface FoundSubmission {
  id: string;
  /** The form's fields, as Netlify stored them. */
  data: Record<string, unknown>;
}

export interface SubmissionSource {
  /** The submission of the form `idee` with this id, or null when this site's form has none; `since` is about when it was sent. */
  find(id: string, since: Date): Promise<FoundSubmission | null>;
}

const PER_PAGE = 100;
/** Never more pages than this: 2,000 ideas back is years. */
const MOST_PAGES = 20;
const DAY = 86_400_000;

export function netlifyForms(s: NetlifyFormsSettings, fetchFn: typeof fetch = fetch): SubmissionSource {
  const base = s.apiUrl.replace(/\/+$/, '');
  let formId: Promise<string | null> | undefined;

  async function get(path: string, what: string, settings: string): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchFn(`${base}${path}`, {
        headers: { Authorization: `Bearer ${s.token}`, 'User-Agent': 'westwint-ideeen' },
        signal: AbortSignal.timeout(s.timeoutMs),
      });
    } catch (error) {
      throw noAnswer('Netlify', what, error);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw failureOfStatus('Netlify', response.status, what, { settings });
    }
    try {
      return await response.json();
    } catch (error) {
      throw noAnswer('Netlify', what, error);
    }
  }

  /** The id of the form `idee` of this site, once per run; null when the site has none. */
  async function ideaForm(): Promise<string | null> {
    const forms = await get(
      `/sites/${encodeURIComponent(s.siteId)}/forms`,
      'het lezen van de formulieren van de site',
      'NETLIFY_AUTH_TOKEN of SITE_ID klopt niet',
    );
    if (!Array.isArray(forms)) throw new PassOnError('unreachable', 'Netlify gaf geen lijst met formulieren');
    const form = forms.find((f) => f?.name === IDEA_FORM && typeof f.id === 'string');
    return form ? (form.id as string) : null;
  }

  return {
    async find(id, since) {
      const form = await (formId ??= ideaForm().catch((error: unknown) => {
        formId = undefined;
        throw error;
      }));
      if (!form) return null;
      for (let page = 1; page <= MOST_PAGES; page++) {
        const submissions = await get(
          `/forms/${encodeURIComponent(form)}/submissions?per_page=${PER_PAGE}&page=${page}`,
          'het lezen van de inzendingen van het ideeënformulier',
          'NETLIFY_AUTH_TOKEN klopt niet',
        );
        if (!Array.isArray(submissions))
          throw new PassOnError('unreachable', 'Netlify gaf geen lijst met inzendingen');
        const found = submissions.find((submission) => submission?.id === id);
        if (found) return { id, data: (found.data ?? {}) as Record<string, unknown> };
        // Newest first: a page that ends before the day it was sent holds nothing older of use.
        const oldest = Date.parse(submissions.at(-1)?.created_at ?? '');
        if (submissions.length < PER_PAGE || oldest < since.getTime() - DAY) return null;
      }
      return null;
    },
  };
}
