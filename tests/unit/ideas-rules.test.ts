/** The rules of time for kept ideas (src/lib/ideas/rules.ts), with the clock moved. */
import { describe, expect, it } from 'vitest';
import {
  claimExpired,
  hourOf,
  isDue,
  needsPerson,
  nextAttempt,
  tokenExpiresSoon,
} from '../../src/lib/ideas/rules';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const received = new Date('2026-12-01T09:12:00Z');
const after = (ms: number) => new Date(received.getTime() + ms);

describe('when a kept idea is tried again', () => {
  it('at the next whole hour during the first day, then six hours on', () => {
    expect(nextAttempt(received, received).toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(nextAttempt(after(23 * HOUR), received).toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(nextAttempt(after(24 * HOUR), received).toISOString()).toBe('2026-12-02T15:00:00.000Z');
    expect(nextAttempt(after(10 * DAY), received).toISOString()).toBe('2026-12-11T15:00:00.000Z');
  });

  it('is due from two minutes before, and at once when no time was set', () => {
    expect(isDue(undefined, received)).toBe(true);
    expect(isDue('2026-12-01T10:00:00.000Z', new Date('2026-12-01T09:57:59Z'))).toBe(false);
    expect(isDue('2026-12-01T10:00:00.000Z', new Date('2026-12-01T09:58:00Z'))).toBe(true);
  });

  it('needs a person after seven days; a claim expires after fifteen minutes', () => {
    expect(needsPerson(received.toISOString(), after(7 * DAY - 1))).toBe(false);
    expect(needsPerson(received.toISOString(), after(7 * DAY))).toBe(true);
    expect(claimExpired(received.toISOString(), after(15 * 60_000))).toBe(false);
    expect(claimExpired(received.toISOString(), after(15 * 60_000 + 1))).toBe(true);
  });

  it('counts files per hour, and warns of a token thirty days before it expires', () => {
    expect(hourOf(received)).toBe('2026-12-01T09');
    expect(tokenExpiresSoon('2026-12-31T09:12:00.000Z', received)).toBe(true);
    expect(tokenExpiresSoon('2026-12-31T09:12:00.001Z', received)).toBe(false);
    expect(tokenExpiresSoon('2026-11-01T00:00:00.000Z', received)).toBe(true);
  });
});
