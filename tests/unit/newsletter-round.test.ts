/**
 * One round of the newsletter's work (src/lib/newsletter/round.ts), for every deploy and every
 * hour: what it reads of the store and asks of others, on a store in memory.
 */
import { describe, expect, it } from 'vitest';
import type { BlobStore } from '../../src/lib/functions/blob-store';
import { newsletterConfig } from '../../src/lib/newsletter/config';
import { listPending } from '../../src/lib/newsletter/old-names';
import { newsletterRound } from '../../src/lib/newsletter/round';
import { fakeService } from '../helpers/fake-mailing-service';
import { memoryStore } from '../helpers/memory-store';

const at = (iso: string) => new Date(iso);

describe('a round (every deploy and every hour)', () => {
  const config = newsletterConfig({
    NIEUWSBRIEF_VERZENDEN: 'verzenden',
    LAPOSTA_API_KEY: 'k',
    LAPOSTA_LIST_ID: 'l',
    LAPOSTA_AFZENDER_NAAM: 'West',
    LAPOSTA_AFZENDER_EMAIL: 'n@westwint.example',
  });
  /** A store that notes every call made to it. */
  function counted(store: BlobStore, calls: string[]): BlobStore {
    return {
      getWithMetadata: (key, o) => (calls.push(`get ${key}`), store.getWithMetadata(key, o)),
      setJSON: (key, v, o) => (calls.push(`set ${key}`), store.setJSON(key, v, o)),
      list: (o) => (calls.push(`list ${o?.prefix ?? ''}`), store.list(o)),
      delete: (key) => (calls.push(`delete ${key}`), store.delete(key)),
    };
  }
  const round = (
    store: BlobStore,
    fake: ReturnType<typeof fakeService>,
    fetched: string[],
    extra: Partial<Parameters<typeof newsletterRound>[0]> = {},
  ) =>
    newsletterRound({
      store,
      config,
      missingForMembers: [],
      service: fake.service,
      siteUrl: 'https://www.westwint.example',
      now: at('2026-12-01T10:00:00Z'),
      run: 'r',
      log: () => {},
      fetchJson: async (url) => (fetched.push(url), { editions: [] }),
      ...extra,
    });

  it('when nothing waits, the hourly run reads the store once and asks nobody anything', async () => {
    const store = memoryStore();
    // The first round after the update moves the old names, once.
    expect(await round(store, fakeService(), [])).toBe('nothing-waiting');
    const calls: string[] = [];
    const fetched: string[] = [];
    const fake = fakeService();
    expect(await round(counted(store, calls), fake, fetched)).toBe('nothing-waiting');
    expect(calls).toEqual(['list pending/']);
    expect(fetched).toEqual([]);
    expect(fake.calls).toEqual([]);
  });

  it('a deploy leaves its marker first, reads the editions, and takes the marker away once they are read', async () => {
    const calls: string[] = [];
    const fetched: string[] = [];
    const store = memoryStore();
    await round(counted(store, calls), fakeService(), fetched, {
      deployId: 'd1',
      fetchJson: async () => {
        throw new Error('HTTP 503');
      },
    });
    expect(calls[0]).toBe('set pending/deploy/d1');
    expect(await listPending(store, at('2026-12-01T10:00:00Z'))).toEqual(['pending/deploy/d1']);
    // The next hourly run reads the editions the deploy could not.
    await round(store, fakeService(), fetched);
    expect(fetched).toEqual(['https://www.westwint.example/nieuwsbrief/edities.json']);
    expect(await listPending(store, at('2026-12-01T10:00:00Z'))).toEqual([]);
  });
});
