/**
 * urls.hardWords(), /admin/moeilijke-woorden.json: the list of officialese in
 * content/moeilijke-woorden.yaml, for the plain-language check in the editor's preview
 * (src/admin/readability-panel.ts). The build reads the same list for its warnings.
 */
import { CONTENT_DIR } from '../../consts';
import { readWordList } from '../../lib/readability/word-list';

export function GET(): Response {
  return new Response(JSON.stringify(readWordList(CONTENT_DIR).entries), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
