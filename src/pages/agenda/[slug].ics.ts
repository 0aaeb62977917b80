/** urls.meetingCalendar(slug): one meeting for "Zet in mijn agenda" (src/lib/agenda/calendar-files.ts). */
import type { APIContext } from 'astro';
import { CALENDAR_HEADERS, siteOf, meetingCalendar } from '../../lib/agenda/calendar-files';
import { getContent } from '../../lib/content/content';
import type { Meeting } from '../../lib/content/types/meetings';

export async function getStaticPaths() {
  const content = await getContent();
  return content.items.meetings.map((meeting) => ({ params: { slug: meeting.id }, props: { meeting } }));
}

export async function GET({ props, site }: APIContext<{ meeting: Meeting }>): Promise<Response> {
  return new Response(meetingCalendar(await getContent(), props.meeting, siteOf(site)), {
    headers: CALENDAR_HEADERS,
  });
}
