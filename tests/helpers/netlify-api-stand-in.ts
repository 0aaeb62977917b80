/**
 * A local stand-in for the calls of Netlify's API that `npm run nieuwsbrief:bijwerken` makes and
 * that confirm an idea's submission (GET /api/v1/sites/{site_id}/forms and
 * GET /api/v1/forms/{form_id}/submissions, paged), answering with the submissions of a form as
 * Netlify returns them. It checks the bearer token and the site, and can fail on demand.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Submission } from '../../src/lib/newsletter/sign-up';

export const STAND_IN_TOKEN = 'testtoken-netlify';
export const STAND_IN_SITE = 'testsite';

/** A submission as the stand-in keeps it: Netlify's id when it was given one. */
export type StoredSubmission = Submission & { id?: string };

export interface NetlifyApiStandIn {
  /** NETLIFY_API_URL: scheme, host and path prefix. */
  url: string;
  /** The forms of the site, by name, with their submissions. */
  forms: Map<string, StoredSubmission[]>;
  /** Every request's path, in order. */
  requests: string[];
  /** Down: every request is answered 503, until set back. */
  down: boolean;
  /** The next request is answered with this status. */
  failNext(status: number): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startNetlifyApiStandIn(): Promise<NetlifyApiStandIn> {
  const forms = new Map<string, StoredSubmission[]>();
  const requests: string[] = [];
  let failure: number | null = null;
  const state = { down: false };
  const ids = () => [...forms.keys()];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (state.down) return json(503, { code: 503, message: 'Service Unavailable' });
    if (failure !== null) {
      const status = failure;
      failure = null;
      return json(status, { code: status, message: 'Failure on demand' });
    }
    if (req.headers.authorization !== `Bearer ${STAND_IN_TOKEN}`)
      return json(401, { code: 401, message: 'Access Denied' });
    if (url.pathname === `/api/v1/sites/${STAND_IN_SITE}/forms`) {
      return json(
        200,
        ids().map((name, i) => ({
          id: `form-${i}`,
          site_id: STAND_IN_SITE,
          name,
          submission_count: forms.get(name)!.length,
        })),
      );
    }
    const submissions = /^\/api\/v1\/forms\/form-(\d+)\/submissions$/.exec(url.pathname);
    const name = submissions ? ids()[Number(submissions[1])] : undefined;
    if (name) {
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 100);
      const all = forms.get(name)!.map((s, i) => ({
        id: s.id ?? `s${i}`,
        number: i + 1,
        form_name: name,
        created_at: s.created_at,
        data: s.data,
      }));
      return json(200, all.slice((page - 1) * perPage, page * perPage));
    }
    json(404, { code: 404, message: 'Not Found' });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`,
    forms,
    requests,
    get down() {
      return state.down;
    },
    set down(value) {
      state.down = value;
    },
    failNext: (status) => {
      failure = status;
    },
    reset: () => {
      forms.clear();
      requests.length = 0;
      failure = null;
      state.down = false;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
