/**
 * Whether a submission is real (src/lib/ideas/netlify-forms.ts): looked up through Netlify's API
 * among this site's form `idee`, against the API stand-in (tests/helpers/netlify-api-stand-in.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PassOnError } from '../../src/lib/ideas/errors';
import { netlifyForms, type NetlifyFormsSettings } from '../../src/lib/ideas/netlify-forms';
import {
  STAND_IN_SITE,
  STAND_IN_TOKEN,
  startNetlifyApiStandIn,
  type NetlifyApiStandIn,
} from '../helpers/netlify-api-stand-in';

let api: NetlifyApiStandIn;
let settings: NetlifyFormsSettings;
const SENT = new Date('2026-12-01T09:00:00Z');
const submission = (id: string, idee: string) => ({ id, created_at: SENT.toISOString(), data: { idee } });

beforeAll(async () => {
  api = await startNetlifyApiStandIn();
  settings = { apiUrl: api.url, token: STAND_IN_TOKEN, siteId: STAND_IN_SITE, timeoutMs: 2000 };
});
afterAll(() => api.close());
beforeEach(() => {
  api.reset();
  api.forms.set('nieuwsbrief-aanmelding', [submission('a00000000000000000000001', 'niet van dit formulier')]);
  api.forms.set('idee', [submission('b00000000000000000000001', 'Meer bankjes.')]);
});

describe('a submission is real', () => {
  it("when this site's form idee has it: its fields come from Netlify, not from the payload", async () => {
    const forms = netlifyForms(settings);
    expect(await forms.find('b00000000000000000000001', SENT)).toEqual({
      id: 'b00000000000000000000001',
      data: { idee: 'Meer bankjes.' },
    });
    expect(await forms.find('a00000000000000000000001', SENT)).toBeNull();
    expect(await forms.find('c00000000000000000000001', SENT)).toBeNull();
    // The forms are listed once per run.
    expect(api.requests.filter((path) => path.endsWith('/forms'))).toHaveLength(1);
  });

  it('on a later page, newest first; it stops at a page older than the day it was sent', async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      submission(`d${String(i).padStart(23, '0')}`, `idee ${i}`),
    );
    api.forms.set('idee', many);
    const forms = netlifyForms(settings);
    expect((await forms.find(many[230]!.id!, SENT))?.data).toEqual({ idee: 'idee 230' });
    expect(api.requests.filter((path) => path.includes('/submissions'))).toHaveLength(3);
    api.requests.length = 0;
    expect(
      await forms.find('e00000000000000000000001', new Date(SENT.getTime() + 3 * 86_400_000)),
    ).toBeNull();
    expect(api.requests.filter((path) => path.includes('/submissions'))).toHaveLength(1);
  });

  it('a site without the form has no real idea', async () => {
    api.forms.delete('idee');
    expect(await netlifyForms(settings).find('b00000000000000000000001', SENT)).toBeNull();
  });
});

describe("Netlify's API failing", () => {
  const failure = (call: Promise<unknown>) =>
    call.then(
      () => null,
      (error: PassOnError) => ({ kind: error.kind, message: error.message }),
    );

  it('down: unreachable, and the forms are asked for again next time', async () => {
    const forms = netlifyForms(settings);
    api.down = true;
    expect(await failure(forms.find('b00000000000000000000001', SENT))).toEqual({
      kind: 'unreachable',
      message: 'storing bij Netlify (HTTP 503 bij het lezen van de formulieren van de site)',
    });
    api.down = false;
    expect(await forms.find('b00000000000000000000001', SENT)).not.toBeNull();
  });

  it('a wrong token or site: a setting', async () => {
    expect(await failure(netlifyForms({ ...settings, token: 'verkeerd' }).find('x', SENT))).toEqual({
      kind: 'settings',
      message:
        'Netlify weigerde het lezen van de formulieren van de site (HTTP 401): NETLIFY_AUTH_TOKEN of SITE_ID klopt niet',
    });
    expect((await failure(netlifyForms({ ...settings, siteId: 'andere-site' }).find('x', SENT)))?.kind).toBe(
      'settings',
    );
    expect(
      (await failure(netlifyForms({ ...settings, apiUrl: 'http://127.0.0.1:9' }).find('x', SENT)))?.kind,
    ).toBe('unreachable');
  });
});
