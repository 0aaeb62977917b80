import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content/site';
import { feedResponse, newsFeed } from '../../lib/feeds/feeds';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  return feedResponse(site, newsFeed(site), siteUrl);
};
