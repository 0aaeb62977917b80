/**
 * urls.editorFacts(), /admin/inhoud.json: what the rules across files read of every file of this
 * deploy that is online (src/lib/content/across-files.ts). The editor checks an entry against it
 * before saving when it cannot read the entries it has loaded (src/admin/checks.ts). Drafts and
 * items waiting for their day are left out: the site says nothing of them before they appear.
 */
import { getContent } from '../../lib/content/content';

export async function GET(): Promise<Response> {
  const { facts } = await getContent();
  const online = {
    ...facts,
    news: facts.news.filter((item) => item.published),
    editions: facts.editions.filter((item) => item.published),
    meetings: facts.meetings.filter((item) => item.published),
  };
  return new Response(JSON.stringify(online), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
