/**
 * The newsletter heals itself: the rules of time (src/lib/newsletter/rules.ts) and what the
 * announcing, the kept sign-ups and the editor's overview do with them, with the clock moved
 * and a mailing service in memory that can be down. The functions themselves, through Netlify's
 * emulation: tests/functions/newsletter.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { announceEditions, settleOffline, type Announcement } from '../../src/lib/newsletter/announce';
import { newsletterConfig, type SendMode } from '../../src/lib/newsletter/config';
import { listPending } from '../../src/lib/newsletter/old-names';
import { newsletterRound } from '../../src/lib/newsletter/round';
import { RefusedError } from '../../src/lib/newsletter/mailing-service';
import type { PublishedEdition } from '../../src/lib/newsletter/published';
import { editionMarker, editionRecords, type EditionRecord } from '../../src/lib/newsletter/records';
import {
  ageWhenFirstSeen,
  isArchiveAddition,
  isMailingHour,
  nextAttempt,
  nextFor,
  nextMailingHour,
  retryLimitReached,
  signUpExpired,
} from '../../src/lib/newsletter/rules';
import { keepSignUp, retryKeptSignUps, signUpSummary } from '../../src/lib/newsletter/sign-up';
import { editionStatus, readNewsletterStatus } from '../../src/lib/newsletter/newsletter-status';
import { editionWords, signUpWords, summaryWords } from '../../src/lib/newsletter/newsletter-status-words';
import type { BlobStore } from '../../src/lib/functions/blob-store';
import { fakeService } from '../helpers/fake-mailing-service';
import { memoryStore } from '../helpers/memory-store';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso);
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('the rules of time', () => {
  it('an edition’s age counts from the day it was first seen online; older than 14 days then is the archive', () => {
    expect(ageWhenFirstSeen('2026-11-20', at('2026-11-30T10:00:00Z'))).toBe(10);
    expect(isArchiveAddition('2026-11-16', at('2026-11-30T10:00:00Z'))).toBe(false);
    expect(isArchiveAddition('2026-11-15', at('2026-11-30T10:00:00Z'))).toBe(true);
    // The Amsterdam day: 23:30 UTC on 30 November is already 1 December there.
    expect(ageWhenFirstSeen('2026-11-17', at('2026-11-30T23:30:00Z'))).toBe(14);
  });

  it('mails go out from 08:00 to 21:00 in Amsterdam; at night, the next 08:00', () => {
    expect(isMailingHour(at('2026-12-01T07:00:00Z'))).toBe(true); // 08:00 in winter
    expect(isMailingHour(at('2026-12-01T06:59:00Z'))).toBe(false);
    expect(isMailingHour(at('2026-12-01T20:00:00Z'))).toBe(false); // 21:00
    expect(nextMailingHour(at('2026-11-30T23:10:00Z')).toISOString()).toBe('2026-12-01T07:00:00.000Z'); // 00:10 → 08:00
    expect(nextMailingHour(at('2026-12-01T21:30:00Z')).toISOString()).toBe('2026-12-02T07:00:00.000Z'); // 22:30 → 08:00 next day
    expect(nextMailingHour(at('2026-12-01T10:00:00Z')).toISOString()).toBe('2026-12-01T10:00:00.000Z');
    // Summer time: 08:00 is 06:00 UTC; and the night the clocks go forward.
    expect(nextMailingHour(at('2027-06-01T00:05:00Z')).toISOString()).toBe('2027-06-01T06:00:00.000Z');
    expect(nextMailingHour(at('2027-03-27T22:30:00Z')).toISOString()).toBe('2027-03-28T06:00:00.000Z');
    expect(nextMailingHour(at('2026-10-24T21:30:00Z')).toISOString()).toBe('2026-10-25T07:00:00.000Z'); // clocks go back that night
  });

  it('retries every hour on the first day, then every six hours; mails only at a decent hour; gives up after 7 days', () => {
    const firstSeen = at('2026-12-01T09:10:00Z');
    expect(nextAttempt(at('2026-12-01T09:10:00Z'), firstSeen, true).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
    expect(nextAttempt(at('2026-12-01T19:00:00Z'), firstSeen, true).toISOString()).toBe(
      '2026-12-02T07:00:00.000Z',
    ); // 21:00 → morning
    expect(nextAttempt(at('2026-12-01T19:00:00Z'), firstSeen, false).toISOString()).toBe(
      '2026-12-01T20:00:00.000Z',
    ); // a test mail may go
    expect(nextAttempt(at('2026-12-02T10:00:00Z'), firstSeen, true).toISOString()).toBe(
      '2026-12-02T16:00:00.000Z',
    );
    expect(retryLimitReached(later(firstSeen, 7 * DAY - 1), firstSeen)).toBe(false);
    expect(retryLimitReached(later(firstSeen, 7 * DAY), firstSeen)).toBe(true);
  });

  it('what a run does with each record', () => {
    const now = at('2026-12-01T10:00:00Z');
    const base = { at: '2026-12-01T09:00:00.000Z' };
    expect(nextFor(null, now)).toBe('announce');
    expect(
      nextFor(
        {
          ...base,
          state: 'failed',
          run: 'r',
          reason: 'x',
          attempts: 1,
          nextAttempt: '2026-12-01T10:00:00.000Z',
        },
        now,
      ),
    ).toBe('announce');
    expect(
      nextFor(
        {
          ...base,
          state: 'failed',
          run: 'r',
          reason: 'x',
          attempts: 1,
          nextAttempt: '2026-12-01T11:00:00.000Z',
        },
        now,
      ),
    ).toBe('wait');
    expect(nextFor({ ...base, state: 'waiting', notBefore: '2026-12-01T07:00:00.000Z' }, now)).toBe(
      'announce',
    );
    // A run that stopped: before the send call it is safe to go on; after it, only Laposta knows.
    expect(nextFor({ state: 'claimed', run: 'r', at: '2026-12-01T09:55:00.000Z' }, now)).toBe('wait');
    expect(nextFor({ ...base, state: 'claimed', run: 'r' }, now)).toBe('announce');
    expect(nextFor({ ...base, state: 'claimed', run: 'r', campaign: 'c1', sending: true }, now)).toBe(
      'unknown',
    );
    expect(nextFor({ ...base, state: 'draft', campaign: 'c1' }, now)).toBe('follow');
    expect(nextFor({ state: 'draft', campaign: 'c1', at: '2026-08-01T09:00:00.000Z' }, now)).toBe('done');
    for (const done of ['sent', 'unknown', 'gave-up', 'archived', 'skipped'] as const) {
      expect(
        nextFor({ ...base, state: done, campaign: 'c1', reason: 'x', attempts: 3 } as EditionRecord, now),
        done,
      ).toBe('done');
    }
  });
});

describe('announcing, with the clock moved', () => {
  const edition = (n: number, date: string): PublishedEdition => ({
    edition: n,
    title: `Nieuwsbrief Heilust, editie ${n}`,
    date,
    page: `/nieuwsbrief/heilust-${n}/`,
    mail: `/nieuwsbrief/heilust-${n}/mail/`,
  });
  const ARCHIVE = [edition(8, '2017-09-25')];
  let store: BlobStore;
  let records: ReturnType<typeof editionRecords>;
  let fake: ReturnType<typeof fakeService>;
  let lines: string[];

  beforeEach(() => {
    store = memoryStore();
    records = editionRecords(store);
    fake = fakeService();
    lines = [];
  });

  const announcement = (
    editions: PublishedEdition[],
    now: Date,
    mode: SendMode = 'verzenden',
  ): Announcement => ({
    editions,
    records,
    service: fake.service,
    mode,
    testAddress: 'redactie@westwint.example',
    addressOf: (path) => `https://www.westwint.example${path}`,
    run: `run-${now.toISOString()}`,
    now,
    log: (line) => lines.push(line),
  });
  const run = (editions: PublishedEdition[], now: Date, mode?: SendMode) =>
    announceEditions(announcement(editions, now, mode));
  const recordOf = async (n: number) => (await records.read(n))?.record;
  const sends = () => fake.calls.filter((c) => c.startsWith('send'));
  const marked = async () => (await store.list({ prefix: 'pending/' })).blobs.map((b) => b.key);

  it('first sight is recorded even when that run fails, and the age counts from it: an edition dated 10 days back is mailed on day 15 of its date', async () => {
    await run(ARCHIVE, at('2026-11-01T10:00:00Z'));
    fake.state.down = true;
    const seen = at('2026-11-30T10:00:00Z');
    await run([edition(9, '2026-11-20'), ...ARCHIVE], seen);
    expect(await recordOf(9)).toMatchObject({
      state: 'failed',
      firstSeen: seen.toISOString(),
      title: 'Nieuwsbrief Heilust, editie 9',
      date: '2026-11-20',
      attempts: 1,
      nextAttempt: '2026-11-30T11:00:00.000Z',
    });
    expect(await marked()).toEqual([editionMarker(9)]);
    // Five days later (15 days after its date) Laposta is back: mailed late, not archived.
    fake.state.down = false;
    await run([edition(9, '2026-11-20'), ...ARCHIVE], later(seen, 5 * DAY));
    expect(await recordOf(9)).toMatchObject({
      state: 'sent',
      firstSeen: seen.toISOString(),
      subscribers: 812,
    });
    expect(sends()).toEqual(['send c1']);
    expect(await marked()).toEqual([]);
  });

  it('the archive rule still holds at first sight: an edition dated long ago that first appears today is not mailed', async () => {
    await run(ARCHIVE, at('2026-11-01T10:00:00Z'));
    await run([edition(3, '2013-04-01'), ...ARCHIVE], at('2026-11-30T10:00:00Z'));
    expect(await recordOf(3)).toMatchObject({ state: 'archived', firstSeen: '2026-11-30T10:00:00.000Z' });
    expect(fake.calls).toEqual([]);
  });

  it('a retry before its time does nothing; at its time it tries again; after 7 days of failures it stops and says so once', async () => {
    await run(ARCHIVE, at('2026-11-01T10:00:00Z'));
    fake.state.down = true;
    const seen = at('2026-12-01T09:10:00Z');
    const editions = [edition(9, '2026-12-01'), ...ARCHIVE];
    await run(editions, seen);
    await run(editions, at('2026-12-01T09:40:00Z'));
    expect(await recordOf(9)).toMatchObject({ state: 'failed', attempts: 1 });
    await run(editions, at('2026-12-01T10:00:00Z'));
    expect(await recordOf(9)).toMatchObject({
      state: 'failed',
      attempts: 2,
      nextAttempt: '2026-12-01T11:00:00.000Z',
    });
    // Every six hours after the first day, at decent hours only.
    await run(editions, at('2026-12-02T10:00:00Z'));
    expect(await recordOf(9)).toMatchObject({
      state: 'failed',
      attempts: 3,
      nextAttempt: '2026-12-02T16:00:00.000Z',
    });
    lines.length = 0;
    await run(editions, later(seen, 7 * DAY + HOUR));
    expect(await recordOf(9)).toMatchObject({
      state: 'gave-up',
      attempts: 4,
      reason: expect.stringContaining('Laposta gaf geen antwoord'),
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^LET OP, editie 9: 7 dagen na het online komen nog niet verstuurd .* Kijk in Laposta/,
      ),
    ]);
    expect(await marked()).toEqual([]);
    fake.state.down = false;
    await run(editions, later(seen, 8 * DAY));
    expect(sends()).toEqual([]);
  });

  it('a send without a clear answer is "unknown" and never retried; nor is a run that stopped after calling send', async () => {
    await run(ARCHIVE, at('2026-11-01T10:00:00Z'));
    const service = fake.service;
    const send = service.send;
    service.send = async () => {
      fake.state.down = true;
      try {
        await send(''); // the network fails on the way
      } finally {
        fake.state.down = false;
      }
    };
    await run([edition(9, '2026-12-01'), ...ARCHIVE], at('2026-12-01T10:00:00Z'));
    expect(await recordOf(9)).toMatchObject({ state: 'unknown', campaign: 'c1' });
    await run([edition(9, '2026-12-01'), ...ARCHIVE], at('2026-12-01T11:00:00Z'));
    expect(fake.calls.filter((c) => c.startsWith('create'))).toHaveLength(1);

    await records.write(10, {
      state: 'claimed',
      run: 'gone',
      at: '2026-12-01T10:00:00.000Z',
      campaign: 'c7',
      sending: true,
      firstSeen: '2026-12-01T10:00:00.000Z',
    });
    await run([edition(10, '2026-12-01'), ...ARCHIVE], at('2026-12-01T10:05:00Z'));
    expect(await recordOf(10)).toMatchObject({ state: 'claimed' });
    await run([edition(10, '2026-12-01'), ...ARCHIVE], at('2026-12-01T11:00:00Z'));
    expect(await recordOf(10)).toMatchObject({ state: 'unknown', campaign: 'c7' });
    expect(sends()).toEqual([]);
  });

  it('a run that stopped before it called send is taken over once its claim expires', async () => {
    await run(ARCHIVE, at('2026-11-01T10:00:00Z'));
    await records.write(9, {
      state: 'claimed',
      run: 'gone',
      at: '2026-12-01T10:00:00.000Z',
      firstSeen: '2026-12-01T10:00:00.000Z',
    });
    await run([edition(9, '2026-12-01'), ...ARCHIVE], at('2026-12-01T11:00:00Z'));
    expect(await recordOf(9)).toMatchObject({ state: 'sent' });
    expect(sends()).toEqual(['send c1']);
  });

  it('online at night: the mail waits for 08:00; a test mail in mode concept goes at once', async () => {
    await run(ARCHIVE, at('2026-11-01T10:00:00Z'));
    const night = at('2026-11-30T23:10:00Z'); // 00:10 in Amsterdam
    await run([edition(9, '2026-12-01'), ...ARCHIVE], night);
    expect(await recordOf(9)).toMatchObject({ state: 'waiting', notBefore: '2026-12-01T07:00:00.000Z' });
    await run([edition(9, '2026-12-01'), ...ARCHIVE], at('2026-12-01T06:00:00Z'));
    expect(fake.calls).toEqual([]);
    await run([edition(9, '2026-12-01'), ...ARCHIVE], at('2026-12-01T07:00:00Z'));
    expect(await recordOf(9)).toMatchObject({ state: 'sent', at: '2026-12-01T07:00:00.000Z' });

    await run([edition(10, '2026-12-02'), ...ARCHIVE], at('2026-12-01T23:10:00Z'), 'concept');
    expect(await recordOf(10)).toMatchObject({ state: 'draft' });
    expect(fake.calls).toContain('testmail c2');
  });

  it('a draft (mode concept) becomes "sent" once the staff sent it in Laposta', async () => {
    await run(ARCHIVE, at('2026-11-01T10:00:00Z'));
    const editions = [edition(9, '2026-12-01'), ...ARCHIVE];
    await run(editions, at('2026-12-01T10:00:00Z'), 'concept');
    await run(editions, at('2026-12-01T11:00:00Z'), 'concept');
    expect(await recordOf(9)).toMatchObject({ state: 'draft', campaign: 'c1' });
    fake.campaigns[0]!.sent = true;
    fake.campaigns[0]!.sentAt = at('2026-12-01T11:30:00Z');
    await run(editions, at('2026-12-01T12:00:00Z'), 'concept');
    expect(await recordOf(9)).toMatchObject({
      state: 'sent',
      at: '2026-12-01T11:30:00.000Z',
      subscribers: 812,
    });
    expect(sends()).toEqual([]);
  });

  it('turned off while waiting, or taken offline: nothing is mailed', async () => {
    await run(ARCHIVE, at('2026-11-01T10:00:00Z'));
    fake.state.down = true;
    await run([edition(9, '2026-12-01'), edition(10, '2026-12-01'), ...ARCHIVE], at('2026-12-01T10:00:00Z'));
    fake.state.down = false;
    await run([edition(9, '2026-12-01'), ...ARCHIVE], at('2026-12-01T11:00:00Z'), 'uit');
    expect(await recordOf(9)).toMatchObject({ state: 'skipped' });
    await settleOffline(announcement(ARCHIVE, at('2026-12-01T11:00:00Z')), [10]);
    expect(await recordOf(10)).toMatchObject({
      state: 'archived',
      reason: 'stond niet meer online toen de mail aan de beurt was',
    });
    expect(sends()).toEqual([]);
    expect(await marked()).toEqual([]);
  });
});

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

  it('in the editor’s words: sent at 08:00 to 812 subscribers, a concept, the morning, a retry with its time and reason, and what a person does', () => {
    const now = at('2026-12-01T10:00:00Z');
    const e = {
      edition: 9,
      title: 'Nieuwsbrief Heilust, editie 9',
      date: '2026-12-01',
      at: '2026-12-01T07:00:00.000Z',
    };
    expect(editionWords({ ...e, state: 'sent', subscribers: 812 }, now)).toEqual({
      heading: 'Nieuwsbrief Heilust, editie 9 (1 december 2026)',
      state: 'Verstuurd om 08:00 aan 812 abonnees.',
      tone: 'good',
    });
    expect(
      editionWords({ ...e, state: 'sent', at: '2026-11-28T07:00:00.000Z', subscribers: 1 }, now).state,
    ).toBe('Verstuurd op 28 november 2026 om 08:00 aan 1 abonnee.');
    expect(editionWords({ ...e, state: 'draft' }, now).state).toMatch(
      /^Staat klaar als concept in Laposta\./,
    );
    expect(editionWords({ ...e, state: 'waiting', next: '2026-12-02T07:00:00.000Z' }, now).state).toBe(
      'Staat online; de mail gaat op 2 december 2026 om 08:00 naar de abonnees, niet midden in de nacht.',
    );
    expect(
      editionWords(
        { ...e, state: 'failed', next: '2026-12-01T11:00:00.000Z', reason: 'Laposta gaf geen antwoord' },
        now,
      ),
    ).toMatchObject({
      state: 'Wordt opnieuw geprobeerd (volgende poging om 12:00). Reden: Laposta gaf geen antwoord.',
      tone: 'busy',
    });
    expect(editionWords({ ...e, state: 'unknown', reason: 'x' }, now)).toMatchObject({
      state: 'Niet verstuurd, kijk in Laposta.',
      tone: 'attention',
      help: expect.stringContaining('Kijk in Laposta bij Campagnes'),
    });
    expect(
      editionWords({ ...e, state: 'gave-up', reason: 'Laposta gaf geen antwoord', triedDays: 7 }, now).help,
    ).toMatch(/^Het versturen lukte 7 dagen lang niet\. Laatste reden: Laposta gaf geen antwoord\./);
    expect(
      editionWords({ ...e, state: 'archived', reason: 'stond al online toen het mailen begon' }, now).state,
    ).toBe('Niet gemaild: stond al online toen het mailen begon.');
    expect(editionWords({ ...e, state: 'skipped' }, now).state).toMatch(
      /^Niet gemaild: het versturen stond uit/,
    );

    const signUps = { waiting: 0, expired: 0 };
    expect(summaryWords({ editions: [{ ...e, state: 'sent' }], signUps }, now).text).toBe('Nieuwsbrief');
    expect(
      summaryWords(
        {
          editions: [
            { ...e, state: 'sent' },
            { ...e, state: 'failed' },
          ],
          signUps,
        },
        now,
      ).text,
    ).toBe('Nieuwsbrief: wordt opnieuw geprobeerd');
    expect(
      summaryWords(
        {
          editions: [
            { ...e, state: 'failed' },
            { ...e, state: 'unknown' },
          ],
          signUps,
        },
        now,
      ).text,
    ).toBe('Nieuwsbrief: let op');
    expect(signUpWords(signUps, now)).toEqual(['Er wachten geen aanmeldingen op Laposta.']);
    expect(signUpWords({ waiting: 2, since: '2026-12-01T08:30:00.000Z', expired: 1 }, now)).toEqual([
      '2 aanmeldingen wachten op Laposta, de oudste sinds 09:30. Ze worden elk uur opnieuw doorgegeven; u hoeft niets te doen.',
      '1 aanmelding kon 30 dagen lang niet worden doorgegeven en is vervallen.',
    ]);
  });
});

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
