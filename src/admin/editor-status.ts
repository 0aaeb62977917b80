/**
 * /admin/status.json as the editor reads it (netlify/functions/publicatiestatus-lezen.mts): the
 * publication banner (status.ts) and the newsletter panel (newsletter-panel.ts) each take their
 * part. Null where there is no status service (npm run dev) or it cannot be reached.
 */
import type { EditorStatus } from '../lib/publishing/editor-status.ts';
import { urls } from '../lib/urls/routes.ts';

export async function readEditorStatus(): Promise<EditorStatus | null> {
  try {
    const response = await fetch(urls.publishStatus(), { cache: 'no-store' });
    return response.ok ? ((await response.json()) as EditorStatus) : null;
  } catch {
    return null;
  }
}
