/**
 * The newsletter's rules of time, as pure functions: when an edition is too old to mail, when a
 * mail may go out, when a failed announcement is tried again and when that stops, when a run
 * that stopped halfway may be taken over, and how long a sign-up Laposta did not take is kept.
 * The functions (announce.ts, sign-up.ts) act on what these say; the unit tests move the clock.
 */
import { amsterdamDay, amsterdamHour, amsterdamInstant } from '../dates/amsterdam.ts';
import type { EditionRecord } from './records.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An edition dated longer ago than this when first seen online is an archive addition: not mailed. */
export const MAX_AGE_DAYS = 14;

/** Mails to subscribers go out between these hours, Amsterdam time (from 08:00, before 21:00). */
export const MAIL_FROM_HOUR = 8;
export const MAIL_UNTIL_HOUR = 21;

/** A clear failure is tried again every hour for the first day after first sight, then every six hours. */
export const RETRY_HOURLY_FOR_HOURS = 24;
export const RETRY_LATER_EVERY_HOURS = 6;
/** After this many days from first sight, retrying stops and the edition waits for a person. */
export const RETRY_LIMIT_DAYS = 7;

/** A run holds its claim at most this long: Netlify stops a function long before. */
export const CLAIM_EXPIRES_MINUTES = 15;

/** A sign-up Laposta did not take is tried again by every run for this many days, then dropped. */
export const SIGN_UP_MAX_DAYS = 30;

/** The hourly run may start a little before the whole hour; what is due at the hour counts then. */
const EARLY_MS = 2 * 60_000;

const at = (iso: string) => Date.parse(iso);

/** Whole days between an edition's day and the day it was first seen online (Amsterdam days). */
export function ageWhenFirstSeen(editionDay: string, firstSeen: Date): number {
  return Math.round(
    (Date.parse(`${amsterdamDay(firstSeen)}T00:00:00Z`) - Date.parse(`${editionDay}T00:00:00Z`)) / DAY,
  );
}

/** True for an edition first seen online more than MAX_AGE_DAYS after its date: an old one added to the archive. */
export function isArchiveAddition(editionDay: string, firstSeen: Date): boolean {
  return ageWhenFirstSeen(editionDay, firstSeen) > MAX_AGE_DAYS;
}

/** Whether a clock in Amsterdam shows a decent hour to mail subscribers. */
export function isMailingHour(now: Date): boolean {
  const hour = amsterdamHour(now);
  return hour >= MAIL_FROM_HOUR && hour < MAIL_UNTIL_HOUR;
}

/** The first moment from `now` at which a mail may go out: now, or the next 08:00 in Amsterdam. */
export function nextMailingHour(now: Date): Date {
  if (isMailingHour(now)) return now;
  const today = amsterdamDay(now);
  const morning = (day: string) => amsterdamInstant(day, `${String(MAIL_FROM_HOUR).padStart(2, '0')}:00`)!;
  if (amsterdamHour(now) < MAIL_FROM_HOUR) return morning(today);
  return morning(amsterdamDay(new Date(morning(today).getTime() + DAY + 2 * HOUR)));
}

/** When a run may try again after a clear failure at `now`: the next hourly run, or six hours on after the first day; a mail only at a decent hour. */
export function nextAttempt(now: Date, firstSeen: Date, mailsSubscribers: boolean): Date {
  const wholeHour = Math.floor(now.getTime() / HOUR) * HOUR;
  const every =
    now.getTime() - firstSeen.getTime() < RETRY_HOURLY_FOR_HOURS * HOUR ? 1 : RETRY_LATER_EVERY_HOURS;
  const next = new Date(wholeHour + every * HOUR);
  return mailsSubscribers ? nextMailingHour(next) : next;
}

/** True once retrying has gone on for the retry limit: the next failure hands the edition to a person. */
export function retryLimitReached(now: Date, firstSeen: Date): boolean {
  return now.getTime() - firstSeen.getTime() >= RETRY_LIMIT_DAYS * DAY;
}

/** A claim older than this was left by a run that stopped (Netlify ended it). */
export function claimExpired(claimedAt: string, now: Date): boolean {
  return now.getTime() - at(claimedAt) > CLAIM_EXPIRES_MINUTES * 60_000;
}

/**
 * What a run does with an edition that is online, given its record:
 * - `announce`: claim it and mail it (no record yet, a retry or the morning is due, or a run
 *   stopped before it called send); a production deploy retries a failure without waiting;
 * - `unknown`: a run stopped after it called send: only Laposta knows whether it went;
 * - `follow`: a draft, to be recorded as sent once the staff sent it in Laposta;
 * - `wait`: a later run acts on it; `done`: nothing is ever done with it again.
 */
export type Next = 'announce' | 'unknown' | 'follow' | 'wait' | 'done';

export function nextFor(record: EditionRecord | null, now: Date, { deploy = false } = {}): Next {
  if (!record) return 'announce';
  const due = (iso: string) => now.getTime() >= at(iso) - EARLY_MS;
  switch (record.state) {
    case 'failed':
      // A deploy tries again at once: someone may just have put right what failed.
      return deploy || due(record.nextAttempt) ? 'announce' : 'wait';
    case 'waiting':
      return due(record.notBefore) ? 'announce' : 'wait';
    case 'claimed':
      if (!claimExpired(record.at, now)) return 'wait';
      return record.sending ? 'unknown' : 'announce';
    case 'draft':
      return now.getTime() - at(record.at) < FOLLOW_DAYS * DAY ? 'follow' : 'done';
    default:
      return 'done';
  }
}

/** A draft is followed in Laposta this long; the editor's overview shows the same days. */
export const FOLLOW_DAYS = 90;

/** A sign-up kept longer than SIGN_UP_MAX_DAYS is dropped. */
export function signUpExpired(receivedAt: string, now: Date): boolean {
  return now.getTime() - at(receivedAt) > SIGN_UP_MAX_DAYS * DAY;
}
