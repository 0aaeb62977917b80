import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Project } from '../../../lib/content/site';
import { feedResponse, projectFeed } from '../../../lib/feeds/feeds';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.projects.map((project) => ({ params: { slug: project.id }, props: { project } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ project: Project }> = async ({ props, site: siteUrl }) => {
  const site = await getSite();
  return feedResponse(site, projectFeed(site, props.project), siteUrl);
};
