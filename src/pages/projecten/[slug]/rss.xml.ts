import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../lib/content/content';
import type { Project } from '../../../lib/content/types/projects';
import { feedResponse, projectFeed } from '../../../lib/feeds/feeds';

export const getStaticPaths = (async () => {
  const content = await getContent();
  return content.items.projects.map((project) => ({ params: { slug: project.id }, props: { project } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ project: Project }> = async ({ props, site }) => {
  const content = await getContent();
  return feedResponse(content, projectFeed(content, props.project), site);
};
