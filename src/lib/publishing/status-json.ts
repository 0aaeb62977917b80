/**
 * What /admin/status.json answers the editor (netlify/functions/publicatiestatus-lezen.mts):
 * whether the latest change is online (deploy-status.ts), what became of the newsletter's
 * mails and sign-ups (src/lib/newsletter/newsletter-status.ts), and the ideas the functions keep
 * because they could not become a file yet (src/lib/ideas/ideas-status.ts). Small, uncached, and
 * nothing personal. The editor fetches it with src/admin/fetch-status-json.ts.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import { readIdeasStatus, type IdeasStatus } from '../ideas/ideas-status.ts';
import { readNewsletterStatus, type NewsletterStatus } from '../newsletter/newsletter-status.ts';
import { readPublicStatus, type PublicStatus } from './deploy-status.ts';

export interface StatusJson {
  publishing: PublicStatus;
  newsletter: NewsletterStatus;
  ideas: IdeasStatus;
}

/** The answer, read from the publication's store, the newsletter's and the ideas'. */
export async function composeStatusJson(
  stores: { publishing: BlobStore; newsletter: BlobStore; ideas: BlobStore },
  now: Date,
): Promise<StatusJson> {
  const [publishing, newsletter, ideas] = await Promise.all([
    readPublicStatus(stores.publishing),
    readNewsletterStatus(stores.newsletter, now),
    readIdeasStatus(stores.ideas, now),
  ]);
  return { publishing, newsletter, ideas };
}
