/**
 * What /admin/status.json answers the editor: whether the latest change is online
 * (deploy-status.ts) and what became of the newsletter's mails and sign-ups
 * (src/lib/newsletter/status.ts). Small, uncached, and nothing personal.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import { readNewsletterStatus, type NewsletterStatus } from '../newsletter/status.ts';
import { readPublicStatus, type PublicStatus } from './deploy-status.ts';

export interface EditorStatus {
  publicatie: PublicStatus;
  nieuwsbrief: NewsletterStatus;
}

export async function readEditorStatus(
  publishing: BlobStore,
  newsletter: BlobStore,
  now: Date,
): Promise<EditorStatus> {
  const [publicatie, nieuwsbrief] = await Promise.all([
    readPublicStatus(publishing),
    readNewsletterStatus(newsletter, now),
  ]);
  return { publicatie, nieuwsbrief };
}
