import type { APIRoute } from 'astro';
import { getContent } from '../lib/content/content';
import { feedResponse, siteFeed } from '../lib/feeds/feeds';

export const GET: APIRoute = async ({ site }) => {
  const content = await getContent();
  return feedResponse(content, siteFeed(content), site);
};
