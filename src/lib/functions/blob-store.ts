/**
 * The site's Netlify Blobs stores, opened in one place, and the part of a store the functions
 * use, so the code that keeps records can be tested with a store of its own
 * (tests/helpers/memory-store.ts).
 */
import { getStore } from '@netlify/blobs';

export interface BlobStore {
  getWithMetadata(key: string, options: { type: 'json' }): Promise<{ data: unknown; etag?: string } | null>;
  setJSON(
    key: string,
    data: unknown,
    options?: { onlyIfNew?: boolean; onlyIfMatch?: string },
  ): Promise<{ modified: boolean; etag?: string }>;
  list(options?: { prefix?: string }): Promise<{ blobs: Array<{ key: string }> }>;
  delete(key: string): Promise<void>;
}

/** The site-wide stores by what they hold; their names are the ones operators see in Netlify. */
export const SITE_STORES = {
  ideas: 'ideeen',
  newsletter: 'nieuwsbrief',
  publishing: 'publicatie',
  scheduledBuilds: 'geplande-publicatie',
} as const;

export type SiteStore = keyof typeof SITE_STORES;

/**
 * A site-wide store, read with strong consistency: a run reads what the run before it wrote,
 * which the conditional writes (onlyIfNew, onlyIfMatch) rely on.
 */
export function openSiteStore(store: SiteStore): BlobStore {
  return getStore({ name: SITE_STORES[store], consistency: 'strong' }) as unknown as BlobStore;
}
