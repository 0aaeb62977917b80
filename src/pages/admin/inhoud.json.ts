/**
 * urls.editorFacts(), /admin/inhoud.json: what the rules across files read of every file of this
 * deploy that is online (src/lib/content/rules/facts.ts). The editor checks an entry against it
 * before saving when it cannot read the entries it has loaded (src/admin/refuse-save.ts). Drafts,
 * items waiting for their day and ideas not shown are left out: the site says nothing of them.
 */
import { getContent } from '../../lib/content/content';

export async function GET(): Promise<Response> {
  const { facts } = await getContent();
  // What the site shows: an idea not public or not answered is left out, as everywhere.
  const online = { ...facts, files: facts.files.filter((file) => file.shown) };
  return new Response(JSON.stringify(online), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
