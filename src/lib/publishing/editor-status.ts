/**
 * What /admin/status.json answers the editor: whether the latest change is online
 * (deploy-status.ts) and what became of the newsletter's mails and sign-ups
 * (src/lib/newsletter/status.ts). Small, uncached, and nothing personal.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import { readNewsletterStatus, type NewsletterStatus } from '../newsletter/status.ts';
import { readPublicStatus, type PublicStatus } from './deploy-status.ts';

export interface EditorStatus {
  publishing: PublicStatus;
  newsletter: NewsletterStatus;
}

export async function readEditorStatus(
  publishingStore: BlobStore,
  newsletterStore: BlobStore,
  now: Date,
): Promise<EditorStatus> {
  const [publishing, newsletter] = await Promise.all([
    readPublicStatus(publishingStore),
    readNewsletterStatus(newsletterStore, now),
  ]);
  return { publishing, newsletter };
}
