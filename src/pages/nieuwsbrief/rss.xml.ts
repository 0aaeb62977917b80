import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content';
import { editionsFeed, feedResponse } from '../../lib/feeds';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  return feedResponse(site, editionsFeed(site), siteUrl);
};
