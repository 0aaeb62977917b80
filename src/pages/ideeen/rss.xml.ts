import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/content';
import { feedResponse, ideasFeed } from '../../lib/feeds/feeds';

export const GET: APIRoute = async ({ site }) => {
  const content = await getContent();
  return feedResponse(content, ideasFeed(content), site);
};
