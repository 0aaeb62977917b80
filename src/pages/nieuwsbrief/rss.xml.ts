import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content/site';
import { editionsFeed, feedResponse } from '../../lib/feeds/feeds';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  return feedResponse(site, editionsFeed(site), siteUrl);
};
