/**
 * The part of a Netlify Blobs store (@netlify/blobs' getStore) the functions use, so the code
 * that keeps records can be tested with a store of its own.
 */
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
