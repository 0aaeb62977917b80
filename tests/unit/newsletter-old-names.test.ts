/**
 * The newsletter's store under the Dutch names of before, moved once (src/lib/newsletter/old-names.ts),
 * on a store in memory. The functions themselves on such a store: tests/functions/.
 */
import { describe, expect, it } from 'vitest';
import type { BlobStore } from '../../src/lib/functions/blob-store';
import { listPending, moveOldNames, NAMES_MOVED } from '../../src/lib/newsletter/old-names';
import { memoryStore } from '../helpers/memory-store';

const NOW = new Date('2026-12-01T10:00:00Z');
const OLD_STATES = {
  archief: 'archived',
  overgeslagen: 'skipped',
  wacht: 'waiting',
  bezig: 'claimed',
  mislukt: 'failed',
  opgegeven: 'gave-up',
  concept: 'draft',
  verzonden: 'sent',
  onbekend: 'unknown',
};

/** A store as the code of before left it: one edition in each state, markers, a kept sign-up, the count. */
async function storeWithOldNames(): Promise<BlobStore> {
  const store = memoryStore();
  for (const [i, state] of Object.keys(OLD_STATES).entries())
    await store.setJSON(`editie/${i + 1}`, {
      state,
      at: '2026-11-30T10:00:00.000Z',
      title: `Editie ${i + 1}`,
    });
  await store.setJSON('wacht/editie/5', { since: '2026-11-30T10:00:00.000Z' });
  await store.setJSON('wacht/deploy/d9', { at: '2026-11-30T10:00:00.000Z' });
  await store.setJSON('wacht/aanmelding/1764496800000-abc', { email: 'a@voorbeeld.example', attempts: 1 });
  await store.setJSON('teller/aanmeldingen-vervallen', { count: 3, last: '2026-11-29T10:00:00.000Z' });
  return store;
}

const everything = async (store: BlobStore) =>
  Object.fromEntries(
    await Promise.all(
      (await store.list()).blobs.map(
        async ({ key }) => [key, (await store.getWithMetadata(key, { type: 'json' }))!.data] as const,
      ),
    ),
  );

describe('moveOldNames', () => {
  it('moves every key to its new name, with the states in English and everything else as it was', async () => {
    const store = await storeWithOldNames();
    expect(await moveOldNames(store, NOW)).toBe(13);
    const moved = await everything(store);
    expect(Object.keys(moved).sort()).toEqual(
      [
        ...Object.keys(OLD_STATES).map((_, i) => `edition/${i + 1}`),
        'pending/edition/5',
        'pending/deploy/d9',
        'pending/sign-up/1764496800000-abc',
        'counter/expired-sign-ups',
        NAMES_MOVED,
      ].sort(),
    );
    Object.values(OLD_STATES).forEach((state, i) =>
      expect(moved[`edition/${i + 1}`]).toEqual({
        state,
        at: '2026-11-30T10:00:00.000Z',
        title: `Editie ${i + 1}`,
      }),
    );
    expect(moved['pending/sign-up/1764496800000-abc']).toEqual({ email: 'a@voorbeeld.example', attempts: 1 });
    expect(moved['counter/expired-sign-ups']).toEqual({ count: 3, last: '2026-11-29T10:00:00.000Z' });
    expect(moved[NAMES_MOVED]).toEqual({ at: NOW.toISOString() });
  });

  it('never overwrites what is already under the new name, and deletes the old key all the same', async () => {
    const store = await storeWithOldNames();
    await store.setJSON('edition/5', { state: 'sent', at: '2026-12-01T08:00:00.000Z' });
    await moveOldNames(store, NOW);
    const moved = await everything(store);
    expect(moved['edition/5']).toEqual({ state: 'sent', at: '2026-12-01T08:00:00.000Z' });
    expect(moved['editie/5']).toBeUndefined();
  });

  it('run twice, or twice at once, it ends with the same store', async () => {
    const once = await storeWithOldNames();
    await moveOldNames(once, NOW);
    const twice = await storeWithOldNames();
    await moveOldNames(twice, NOW);
    expect(await moveOldNames(twice, NOW)).toBe(0);
    const atOnce = await storeWithOldNames();
    await Promise.all([moveOldNames(atOnce, NOW), moveOldNames(atOnce, NOW)]);
    expect(await everything(twice)).toEqual(await everything(once));
    expect(await everything(atOnce)).toEqual(await everything(once));
  });
});

describe('listPending', () => {
  it('moves the old names on the first read, says so in one line, and then costs one read of the store', async () => {
    const store = await storeWithOldNames();
    const lines: string[] = [];
    expect(await listPending(store, NOW, (line) => lines.push(line))).toEqual([
      'pending/edition/5',
      'pending/deploy/d9',
      'pending/sign-up/1764496800000-abc',
    ]);
    expect(lines).toEqual([
      'Opslag bijgewerkt naar de nieuwe namen: 13 sleutel(s) met een oude, Nederlandse naam verplaatst.',
    ]);
    const calls: string[] = [];
    const counted: BlobStore = {
      ...store,
      list: (options) => (calls.push(`list ${options?.prefix}`), store.list(options)),
      getWithMetadata: (key, options) => (calls.push(`get ${key}`), store.getWithMetadata(key, options)),
    };
    await listPending(counted, NOW, (line) => lines.push(line));
    expect(calls).toEqual(['list pending/']);
    expect(lines).toHaveLength(1);
  });

  it('on a store that never had the old names: nothing moved, nothing said, the key written', async () => {
    const store = memoryStore();
    const lines: string[] = [];
    expect(await listPending(store, NOW, (line) => lines.push(line))).toEqual([]);
    expect(lines).toEqual([]);
    expect((await store.list()).blobs.map((b) => b.key)).toEqual([NAMES_MOVED]);
  });

  it('with its key deleted by hand, looks again: what a deploy from before the rename wrote is moved too', async () => {
    const store = memoryStore();
    await listPending(store, NOW);
    await store.setJSON('wacht/editie/12', { since: NOW.toISOString() });
    await store.setJSON('editie/12', { state: 'wacht', at: NOW.toISOString(), notBefore: NOW.toISOString() });
    expect(await listPending(store, NOW)).toEqual([]);
    await store.delete(NAMES_MOVED);
    expect(await listPending(store, NOW)).toEqual(['pending/edition/12']);
    expect((await store.getWithMetadata('edition/12', { type: 'json' }))?.data).toMatchObject({
      state: 'waiting',
    });
  });
});
