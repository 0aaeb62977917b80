/**
 * The newsletter's rules of time (src/lib/newsletter/rules.ts), as pure functions with the clock
 * moved: what the announcing (newsletter-announce.test.ts) and the kept sign-ups
 * (newsletter-sign-up.test.ts) act on.
 */
import { describe, expect, it } from 'vitest';
import type { EditionRecord } from '../../src/lib/newsletter/records';
import {
  ageWhenFirstSeen,
  isArchiveAddition,
  isMailingHour,
  nextAttempt,
  nextFor,
  nextMailingHour,
  retryLimitReached,
} from '../../src/lib/newsletter/rules';

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
