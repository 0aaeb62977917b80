/** urls.agendaCalendar(): the agenda to subscribe to (src/lib/agenda/calendar-files.ts). */
import type { APIContext } from 'astro';
import { CALENDAR_HEADERS, siteOf, subscriptionCalendar } from '../lib/agenda/calendar-files';
import { getContent } from '../lib/content/content';

export async function GET({ site }: APIContext): Promise<Response> {
  return new Response(subscriptionCalendar(await getContent(), siteOf(site)), { headers: CALENDAR_HEADERS });
}
