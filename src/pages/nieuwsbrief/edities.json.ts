/** /nieuwsbrief/edities.json: every published edition, for the function that announces a new one. */
import type { APIRoute } from 'astro';
import { getContent } from '../../lib/content/content';
import { amsterdamDay } from '../../lib/dates/amsterdam';
import type { EditionsFile } from '../../lib/newsletter/published';
import { urls } from '../../lib/urls/routes';

export const GET: APIRoute = async () => {
  const { editions } = (await getContent()).items;
  const file: EditionsFile = {
    editions: editions.map((e) => ({
      edition: e.data.edition,
      title: e.data.title,
      date: amsterdamDay(e.data.date),
      page: urls.edition(e.id),
      mail: urls.editionMail(e.id),
    })),
  };
  return new Response(JSON.stringify(file, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
