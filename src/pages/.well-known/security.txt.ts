/** /.well-known/security.txt from content/site.yaml's `security` block (RFC 9116), holding from the day it is built. */
import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/content';
import { securityTxt } from '../../lib/urls/deploy-files';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('security.txt heeft het adres van de site nodig (site in astro.config.mjs).');
  const { settings, today } = await getContent();
  return new Response(securityTxt(settings.security, site, today), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
