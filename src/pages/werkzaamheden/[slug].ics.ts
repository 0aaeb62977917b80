/** urls.worksCalendar(slug): one job of works for "Zet in mijn agenda" (src/lib/works/calendar-file.ts). */
import type { APIContext } from 'astro';
import { CALENDAR_HEADERS, siteOf } from '../../lib/agenda/calendar-files';
import { getContent } from '../../lib/content/content';
import type { Works } from '../../lib/content/types/works';
import { worksCalendar } from '../../lib/works/calendar-file';

export async function getStaticPaths() {
  const content = await getContent();
  return content.items.works.map((works) => ({ params: { slug: works.id }, props: { works } }));
}

export async function GET({ props, site }: APIContext<{ works: Works }>): Promise<Response> {
  const content = await getContent();
  return new Response(worksCalendar(props.works, siteOf(site), content.settings.name), {
    headers: CALENDAR_HEADERS,
  });
}
