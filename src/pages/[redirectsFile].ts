/**
 * dist/_redirects for Netlify: every `aliases` entry (an address of the old site) as a
 * permanent redirect to its page. Astro skips page files whose name starts with "_",
 * so this route is dynamic with one path, "_redirects".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, redirectsOf } from '../lib/content/site';
import { redirectsFile } from '../lib/urls/deploy-files';

export const getStaticPaths = (() => [{ params: { redirectsFile: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const text = redirectsFile(redirectsOf(await getSite()));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
