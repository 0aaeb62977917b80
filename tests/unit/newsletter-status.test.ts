/**
 * What the editor is told of the newsletter (src/lib/newsletter/newsletter-status.ts): each
 * edition's state in data a panel can word, read in a few reads, with nothing personal.
 */
import { describe, expect, it } from 'vitest';
import type { BlobStore } from '../../src/lib/functions/blob-store';
import { editionStatus, readNewsletterStatus } from '../../src/lib/newsletter/newsletter-status';
import { listPending } from '../../src/lib/newsletter/old-names';
import { editionRecords } from '../../src/lib/newsletter/records';
import { keepSignUp } from '../../src/lib/newsletter/sign-up';
import { memoryStore } from '../helpers/memory-store';

const at = (iso: string) => new Date(iso);

describe('what the editor is told', () => {
  it('each state, in data a panel can word, with no campaign id, address or run', () => {
    const sight = {
      firstSeen: '2026-12-01T07:00:00.000Z',
      title: 'Nieuwsbrief Heilust, editie 9',
      date: '2026-12-01',
    };
    expect(
      editionStatus(9, {
        ...sight,
        state: 'sent',
        at: '2026-12-01T07:00:00.000Z',
        campaign: 'c1',
        subscribers: 812,
      }),
    ).toEqual({
      edition: 9,
      title: sight.title,
      date: sight.date,
      state: 'sent',
      at: '2026-12-01T07:00:00.000Z',
      subscribers: 812,
    });
    expect(
      editionStatus(9, {
        ...sight,
        state: 'failed',
        run: 'r',
        at: 'x',
        reason: 'Laposta weigerde (a@b.nl)',
        attempts: 2,
        nextAttempt: 'y',
        campaign: 'c1',
      }),
    ).toEqual({
      edition: 9,
      title: sight.title,
      date: sight.date,
      state: 'failed',
      at: 'x',
      next: 'y',
      reason: 'Laposta weigerde ([e-mailadres])',
    });
    expect(editionStatus(9, { state: 'gave-up', at: 'x', reason: 'r', attempts: 9 })).toMatchObject({
      state: 'gave-up',
      triedDays: 7,
    });
  });

  it('reads the editions of the last 90 days, newest first, in a few reads', async () => {
    const store = memoryStore();
    const records = editionRecords(store);
    const old = {
      state: 'archived',
      at: '2020-01-01T00:00:00.000Z',
      reason: 'x',
      date: '2019-12-01',
      firstSeen: '2020-01-01T00:00:00.000Z',
    } as const;
    for (let n = 1; n <= 40; n++) await records.write(n, { ...old, title: `Editie ${n}` });
    await records.write(41, {
      state: 'sent',
      at: '2026-11-20T07:00:00.000Z',
      campaign: 'c',
      date: '2026-11-20',
      firstSeen: '2026-11-20T07:00:00.000Z',
      title: 'Editie 41',
    });
    await records.write(42, {
      state: 'waiting',
      at: '2026-11-30T23:10:00.000Z',
      notBefore: '2026-12-01T07:00:00.000Z',
      date: '2026-12-01',
      firstSeen: '2026-11-30T23:10:00.000Z',
      title: 'Editie 42',
    });
    await keepSignUp(
      store,
      { email: 'a@voorbeeld.example', ip: '192.0.2.1', sourceUrl: '/' },
      at('2026-11-30T12:00:00Z'),
      new Error('x'),
    );
    await listPending(store, at('2026-12-01T09:00:00Z')); // the first round after the update moved the old names
    let reads = 0;
    const counted: BlobStore = {
      ...store,
      getWithMetadata: (key, options) => (reads++, store.getWithMetadata(key, options)),
    };
    const status = await readNewsletterStatus(counted, at('2026-12-01T10:00:00Z'));
    expect(status.editions.map((e) => [e.edition, e.state])).toEqual([
      [42, 'waiting'],
      [41, 'sent'],
    ]);
    expect(status.signUps).toEqual({ waiting: 1, since: '2026-11-30T12:00:00.000Z', expired: 0 });
    expect(reads).toBeLessThanOrEqual(4);
    expect(JSON.stringify(status)).not.toMatch(/@|192\.0\.2/);
  });
});
