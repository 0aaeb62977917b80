/**
 * GET /admin/status.json (urls.publishStatus()): whether the editors' latest change is online, for
 * the editor's banner (src/admin/status.ts), as publicatiestatus.mts recorded it. Under the editor's
 * prefix and with its headers (Netlify sends a function's own headers only), and nothing that is
 * not already in the public repository or on the live site.
 */
import { getStore } from '@netlify/blobs';
import type { BlobStore } from '../../src/lib/blob-store.ts';
import { readPublicStatus, STATUS_STORE } from '../../src/lib/publishing/deploy-status.ts';
import { headersForPath } from '../../src/lib/security/headers.ts';
import { urls } from '../../src/lib/urls/routes.ts';

export default async function status(): Promise<Response> {
  const store = getStore({ name: STATUS_STORE, consistency: 'strong' }) as unknown as BlobStore;
  return new Response(JSON.stringify(await readPublicStatus(store)), {
    headers: { ...headersForPath(urls.publishStatus()), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

// A literal: Netlify reads the route from the source (tests/functions/bundle.test.ts checks it is urls.publishStatus()).
export const config = { path: '/admin/status.json', method: 'GET' };
