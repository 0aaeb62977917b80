/** /geplande-dagen.json: the days on which a finished item waits to go online, without titles, for the scheduled build. */
import type { APIRoute } from 'astro';
import { getContent } from '../lib/content/content';
import type { WaitingDaysFile } from '../lib/publishing/scheduled-build';

export const GET: APIRoute = async () => {
  const file: WaitingDaysFile = { days: (await getContent()).waitingDays };
  return new Response(JSON.stringify(file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
