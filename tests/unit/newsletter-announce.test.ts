/**
 * Announcing new editions (src/lib/newsletter/announce.ts) with the clock moved, on an atomic
 * store in memory and a mailing service in memory that can be down: one mail per edition, at a
 * decent hour, retried until the limit, never twice. The functions themselves, through Netlify's
 * emulation: tests/functions/nieuwsbrief-editie.test.ts and nieuwsbrief-elk-uur.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BlobStore } from '../../src/lib/functions/blob-store';
import {
  announceEditions,
  campaignName,
  settleOffline,
  type Announcement,
} from '../../src/lib/newsletter/announce';
import type { SendMode } from '../../src/lib/newsletter/config';
import type { MailingService } from '../../src/lib/newsletter/mailing-service';
import type { PublishedEdition } from '../../src/lib/newsletter/published';
import { editionMarker, editionRecords } from '../../src/lib/newsletter/records';
import { fakeService } from '../helpers/fake-mailing-service';
import { memoryStore } from '../helpers/memory-store';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso);
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

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

describe('announceEditions, two runs and a lost record', () => {
  const edition = (n: number, date: string): PublishedEdition => ({
    edition: n,
    title: `Editie ${n}`,
    date,
    page: `/nieuwsbrief/heilust-${n}/`,
    mail: `/nieuwsbrief/heilust-${n}/mail/`,
  });
  const run = (
    records: ReturnType<typeof editionRecords>,
    service: MailingService,
    editions: PublishedEdition[],
    id: string,
  ) =>
    announceEditions({
      editions,
      records,
      service,
      mode: 'verzenden',
      testAddress: '',
      addressOf: (path: string) => `https://deploy.example${path}`,
      run: id,
      now: new Date('2026-11-30T10:00:00Z'),
      log: () => {},
    });

  it('two runs at once: the claim, a write that only succeeds on the record as read, lets only one of them send', async () => {
    const records = editionRecords(memoryStore());
    const { service, calls } = fakeService();
    await run(records, service, [edition(8, '2017-09-25')], 'first');
    await Promise.all([
      run(records, service, [edition(9, '2026-11-30')], 'a'),
      run(records, service, [edition(9, '2026-11-30')], 'b'),
    ]);
    expect(calls).toEqual([
      `create ${campaignName(9)}`,
      'fill c1 https://deploy.example/nieuwsbrief/heilust-9/mail/',
      'send c1',
    ]);
  });

  it('an edition older than two weeks when it goes online is recorded, not mailed', async () => {
    const records = editionRecords(memoryStore());
    const { service, calls } = fakeService();
    await run(records, service, [edition(8, '2017-09-25')], 'first');
    await run(records, service, [edition(9, '2026-11-15'), edition(10, '2026-11-16')], 'next');
    expect(calls.filter((c) => c.startsWith('send'))).toEqual(['send c1']);
    expect((await records.read(9))?.record).toMatchObject({ state: 'archived' });
    expect((await records.read(10))?.record).toMatchObject({ state: 'sent', subscribers: 812 });
  });

  it('a campaign already sent in Laposta is recorded, not sent again (a lost record)', async () => {
    const records = editionRecords(memoryStore());
    const { service, calls } = fakeService();
    await run(records, service, [edition(8, '2017-09-25')], 'first');
    const made = await service.createCampaign({ name: campaignName(9), subject: 'Editie 9' });
    await service.send(made.id);
    calls.length = 0;
    await run(records, service, [edition(9, '2026-11-30')], 'next');
    expect(calls).toEqual([]);
    expect((await records.read(9))?.record).toMatchObject({ state: 'sent', campaign: made.id });
  });
});
