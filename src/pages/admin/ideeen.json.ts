/**
 * urls.ideasWaiting(), /admin/ideeen.json: how many ideas wait for an answer and since which day,
 * for the ideas' panel in the editor (src/admin/ideas-panel.ts). Every idea that is not a draft
 * counts, shown on the site or not; the file says only the count and the day (src/lib/ideas/waiting.ts).
 */
import { getContent } from '../../lib/content/content';
import { waitingIdeas } from '../../lib/ideas/waiting';

export async function GET(): Promise<Response> {
  const { counted } = await getContent();
  return new Response(JSON.stringify(waitingIdeas(counted.ideas)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
