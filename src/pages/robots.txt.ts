import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/urls/deploy-files';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt heeft het adres van de site nodig (site in astro.config.mjs).');
  return new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
