/**
 * What /admin/status.json answers the editor (netlify/functions/publicatiestatus-lezen.mts):
 * whether the latest change is online (deploy-status.ts) and what became of the newsletter's
 * mails and sign-ups (src/lib/newsletter/newsletter-status.ts). Small, uncached, and nothing
 * personal. The editor fetches it with src/admin/fetch-status-json.ts.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import { readNewsletterStatus, type NewsletterStatus } from '../newsletter/newsletter-status.ts';
import { readPublicStatus, type PublicStatus } from './deploy-status.ts';

export interface StatusJson {
  publishing: PublicStatus;
  newsletter: NewsletterStatus;
}

/** The answer, read from the publication's store and the newsletter's. */
export async function composeStatusJson(
  publishingStore: BlobStore,
  newsletterStore: BlobStore,
  now: Date,
): Promise<StatusJson> {
  const [publishing, newsletter] = await Promise.all([
    readPublicStatus(publishingStore),
    readNewsletterStatus(newsletterStore, now),
  ]);
  return { publishing, newsletter };
}
