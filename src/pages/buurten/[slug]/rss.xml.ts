import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Neighbourhood } from '../../../lib/content/site';
import { feedResponse, neighbourhoodFeed } from '../../../lib/feeds/feeds';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.neighbourhoods.map((neighbourhood) => ({ params: { slug: neighbourhood.id }, props: { neighbourhood } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ neighbourhood: Neighbourhood }> = async ({ props, site: siteUrl }) => {
  const site = await getSite();
  return feedResponse(site, neighbourhoodFeed(site, props.neighbourhood), siteUrl);
};
