/**
 * Sign-ups Laposta could not take (src/lib/newsletter/sign-up.ts): kept with only what Laposta
 * needs, passed on again by every run with the clock moved, on an atomic store in memory and a
 * mailing service in memory that can be down. The function itself: tests/functions/submission-created.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore } from '../../src/lib/functions/blob-store';
import { RefusedError } from '../../src/lib/newsletter/mailing-service';
import { signUpExpired } from '../../src/lib/newsletter/rules';
import { keepSignUp, retryKeptSignUps, signUpSummary } from '../../src/lib/newsletter/sign-up';
import { fakeService } from '../helpers/fake-mailing-service';
import { memoryStore } from '../helpers/memory-store';

const at = (iso: string) => new Date(iso);

describe('sign-ups Laposta could not take', () => {
  const RESIDENT = {
    email: 'bewoner@voorbeeld.example',
    ip: '192.0.2.7',
    sourceUrl: 'https://www.westwint.nl/nieuwsbrief/',
  };
  let store: BlobStore;
  let fake: ReturnType<typeof fakeService>;
  let lines: string[];
  beforeEach(() => {
    store = memoryStore();
    fake = fakeService();
    lines = [];
  });
  const retry = (now: Date, run = 'r') =>
    retryKeptSignUps({
      store,
      service: fake.service,
      now,
      run,
      log: (line) => lines.push(line),
    });
  const keep = (member = RESIDENT, when = at('2026-12-01T10:00:00Z')) =>
    keepSignUp(store, member, when, new Error('geen antwoord'));
  const summary = async () =>
    signUpSummary(
      store,
      (await store.list({ prefix: 'pending/' })).blobs.map((b) => b.key),
    );
  const kept = async () =>
    Promise.all(
      (await store.list({ prefix: 'pending/sign-up/' })).blobs.map(
        async (b) => (await store.getWithMetadata(b.key, { type: 'json' }))!.data,
      ),
    );

  it('are kept with only what Laposta needs, and the overview counts them without an address', async () => {
    await keep();
    expect(await kept()).toEqual([
      { ...RESIDENT, receivedAt: '2026-12-01T10:00:00.000Z', attempts: 1, lastReason: 'geen antwoord' },
    ]);
    const counted = await summary();
    expect(counted).toEqual({ waiting: 1, since: '2026-12-01T10:00:00.000Z', expired: 0 });
    expect(JSON.stringify(counted)).not.toContain('@');
  });

  it('while Laposta is down they stay, tried once per run; once it is back each reaches it once and is deleted', async () => {
    await keep();
    await keep({ ...RESIDENT, email: 'tweede@voorbeeld.example' }, at('2026-12-01T10:05:00Z'));
    fake.state.down = true;
    expect(await retry(at('2026-12-01T11:00:00Z'))).toMatchObject({ added: 0, failed: 1 });
    expect((await kept()).map((k) => (k as { attempts: number }).attempts).sort()).toEqual([1, 2]);
    fake.state.down = false;
    // Two runs at once (an hourly run and a deploy): each sign-up is claimed by one of them, so passed on once.
    await Promise.all([
      retry(at('2026-12-01T12:00:00Z'), 'uur'),
      retry(at('2026-12-01T12:00:00Z'), 'deploy'),
    ]);
    expect(fake.members.map((m) => m.email).sort()).toEqual([
      'bewoner@voorbeeld.example',
      'tweede@voorbeeld.example',
    ]);
    expect(fake.calls.filter((c) => c === 'subscribe')).toHaveLength(2);
    expect(await kept()).toEqual([]);
  });

  it('one Laposta refuses as an address is dropped, with a line that names no address', async () => {
    await keep({ ...RESIDENT, email: 'geen-adres' });
    expect(await retry(at('2026-12-01T11:00:00Z'))).toMatchObject({ refused: 1 });
    expect(await kept()).toEqual([]);
    expect(lines.join('\n')).not.toContain('geen-adres');
  });

  it('a refusal that is not about the address (our key) keeps it', async () => {
    await keep();
    fake.state.refuse = new RefusedError(401, 'invalid_request Invalid API key');
    await retry(at('2026-12-01T11:00:00Z'));
    expect(await kept()).toHaveLength(1);
  });

  it('after 30 days one is dropped and counted', async () => {
    await keep();
    fake.state.down = true;
    expect(signUpExpired('2026-12-01T10:00:00.000Z', at('2026-12-31T10:00:00Z'))).toBe(false);
    await retry(at('2026-12-31T10:00:00Z'));
    expect(await kept()).toHaveLength(1);
    await retry(at('2026-12-31T11:00:00Z'));
    expect(await kept()).toEqual([]);
    expect(await summary()).toEqual({ waiting: 0, expired: 1 });
    expect(lines).toContain(
      '1 bewaarde aanmelding(en) konden 30 dagen lang niet aan Laposta worden doorgegeven en zijn verwijderd.',
    );
  });
});
