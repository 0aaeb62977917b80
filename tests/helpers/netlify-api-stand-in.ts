/**
 * A local stand-in for the two calls of Netlify's API that `npm run nieuwsbrief:bijwerken`
 * makes (GET /api/v1/sites/{site_id}/forms and GET /api/v1/forms/{form_id}/submissions, paged),
 * answering with the submissions of a form as Netlify returns them. It checks the bearer token.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Submission } from '../../src/lib/newsletter/sign-up';

export const STAND_IN_TOKEN = 'testtoken-netlify';
export const STAND_IN_SITE = 'testsite';

export interface NetlifyApiStandIn {
  /** NETLIFY_API_URL: scheme, host and path prefix. */
  url: string;
  /** The forms of the site, by name, with their submissions. */
  forms: Map<string, Submission[]>;
  close(): Promise<void>;
}

export async function startNetlifyApiStandIn(): Promise<NetlifyApiStandIn> {
  const forms = new Map<string, Submission[]>();
  const ids = () => [...forms.keys()];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
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
        id: `s${i}`,
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
    close: () => new Promise((done) => server.close(() => done())),
  };
}
