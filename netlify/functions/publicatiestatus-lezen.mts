/**
 * GET /admin/status.json (urls.publishStatus(), src/lib/publishing/status-json.ts): for the editor
 * at /admin/, whether the editors' latest change is online, as publicatiestatus.mts recorded it
 * (src/admin/publishing-banner.ts), and what became of the newsletter's mails and sign-ups
 * (src/admin/newsletter-panel.ts), and the ideas kept because they could not become a file yet
 * (src/admin/ideas-panel.ts). Under the editor's prefix and with its headers (Netlify sends a
 * function's own headers only), never cached, and with nothing personal: no address, no IP
 * address, no key.
 */
import { openSiteStore } from '../../src/lib/functions/blob-store.ts';
import { functionClock } from '../../src/lib/functions/clock.ts';
import { composeStatusJson } from '../../src/lib/publishing/status-json.ts';
import { headersForPath } from '../../src/lib/security/headers.ts';
import { urls } from '../../src/lib/urls/routes.ts';

export default async function status(): Promise<Response> {
  const answer = await composeStatusJson(
    {
      publishing: openSiteStore('publishing'),
      newsletter: openSiteStore('newsletter'),
      ideas: openSiteStore('ideas'),
    },
    functionClock(),
  );
  return new Response(JSON.stringify(answer), {
    headers: {
      ...headersForPath(urls.publishStatus()),
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}

// A literal: Netlify reads the route from the source (tests/functions/bundle.test.ts checks it is urls.publishStatus()).
export const config = { path: '/admin/status.json', method: 'GET' };
