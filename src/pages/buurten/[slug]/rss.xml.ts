import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../lib/content/content';
import type { Neighbourhood } from '../../../lib/content/types/neighbourhoods';
import { feedResponse, neighbourhoodFeed } from '../../../lib/feeds/feeds';

export const getStaticPaths = (async () => {
  const content = await getContent();
  return content.items.neighbourhoods.map((neighbourhood) => ({
    params: { slug: neighbourhood.id },
    props: { neighbourhood },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ neighbourhood: Neighbourhood }> = async ({ props, site }) => {
  const content = await getContent();
  return feedResponse(content, neighbourhoodFeed(content, props.neighbourhood), site);
};
