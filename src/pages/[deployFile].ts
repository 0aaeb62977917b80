/**
 * Netlify's files beside the pages, made at every build:
 * - dist/_redirects: every `aliases` entry (an address of the old site) as a permanent redirect
 *   to its page;
 * - dist/_headers: every response header (src/lib/security/headers.ts).
 * Astro skips page files whose name starts with "_", so this route is dynamic.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent, redirectsOf } from '../lib/content/content';
import { headersFile } from '../lib/security/headers';
import { redirectsFile } from '../lib/urls/deploy-files';

export const getStaticPaths = (() => [
  { params: { deployFile: '_redirects' } },
  { params: { deployFile: '_headers' } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text =
    params.deployFile === '_headers' ? headersFile() : redirectsFile(redirectsOf(await getContent()));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
