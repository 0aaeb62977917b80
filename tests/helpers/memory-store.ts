/**
 * A Netlify Blobs store in memory, for unit tests of the code that writes to Blobs
 * (src/lib/functions/blob-store.ts). A conditional write checks and writes in one step, as on
 * Netlify (and in the local emulation, scripts/lib/atomic-blobs.ts).
 */
import type { BlobStore } from '../../src/lib/functions/blob-store';

export function memoryStore(): BlobStore {
  const data = new Map<string, { value: unknown; etag: string }>();
  let version = 0;
  return {
    async getWithMetadata(key) {
      const found = data.get(key);
      return found ? { data: structuredClone(found.value), etag: found.etag } : null;
    },
    async setJSON(key, value, options = {}) {
      const current = data.get(key);
      if ((options.onlyIfNew && current) || (options.onlyIfMatch && current?.etag !== options.onlyIfMatch))
        return { modified: false };
      const etag = `v${++version}`;
      data.set(key, { value: structuredClone(value), etag });
      return { modified: true, etag };
    },
    async delete(key) {
      data.delete(key);
    },
    async list({ prefix = '' } = {}) {
      return { blobs: [...data.keys()].filter((key) => key.startsWith(prefix)).map((key) => ({ key })) };
    },
  };
}
