// @vitest-environment happy-dom
/**
 * Sending a form in the background (src/scripts/forms/send.ts).
 * In happy-dom; tests/browser/forms.test.ts proves the parts together in Chromium.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { send } from '../../src/scripts/forms/send';
import { cleanUp } from '../helpers/form-dom';

afterEach(cleanUp);

describe('send', () => {
  it('posts the form urlencoded and reports success', async () => {
    const fetch = vi.fn(async () => new Response('', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await send('https://www.westwint.nl/ideeen/', 'form-name=idee&idee=Bankjes')).toEqual({
      ok: true,
    });
    expect(fetch).toHaveBeenCalledWith(
      'https://www.westwint.nl/ideeen/',
      expect.objectContaining({
        method: 'POST',
        body: 'form-name=idee&idee=Bankjes',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    );
  });

  it('says why it failed: a status, no connection, or a network error', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 500 }));
    expect(await send('/x/', '')).toEqual({ ok: false, failure: { kind: 'status', status: 500 } });

    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('navigator', { onLine: false });
    expect(await send('/x/', '')).toEqual({ ok: false, failure: { kind: 'offline' } });
    vi.stubGlobal('navigator', { onLine: true });
    expect(await send('/x/', '')).toEqual({ ok: false, failure: { kind: 'network' } });
  });
});
