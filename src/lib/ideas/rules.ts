/**
 * The rules of time for ideas kept because they could not become a file, as pure functions: when
 * one is tried again, when it needs a person, how many files an hour, when a run's claim expires.
 * The same schedule as the newsletter's retries (src/lib/newsletter/rules.ts), but an idea is never
 * dropped: after a week it is shown to the editors as needing a person, and still tried.
 */

import {
  claimExpired,
  CLAIM_EXPIRES_MINUTES,
  nextAttempt as nextRetry,
  RETRY_HOURLY_FOR_HOURS,
  RETRY_LATER_EVERY_HOURS,
} from '../newsletter/rules.ts';

export { claimExpired, CLAIM_EXPIRES_MINUTES, RETRY_HOURLY_FOR_HOURS, RETRY_LATER_EVERY_HOURS };

const DAY = 86_400_000;

/** After this many days the editor's panel says a person should look. */
export const NEEDS_PERSON_AFTER_DAYS = 7;
/** At most this many new files an hour, arrivals and retries together: a flood of ideas waits in Blobs. */
export const FILES_PER_HOUR = 20;
/** The panel warns this many days before the GitHub token expires. */
export const TOKEN_WARNING_DAYS = 30;

/** The hourly run may start a little before the whole hour; what is due at the hour counts then. */
const EARLY_MS = 2 * 60_000;

/** When an idea that failed at `now` is tried again: the next hourly run, or six hours on after the first day. */
export const nextAttempt = (now: Date, receivedAt: Date): Date => nextRetry(now, receivedAt, false);

export function isDue(nextAttemptAt: string | undefined, now: Date): boolean {
  return !nextAttemptAt || now.getTime() >= Date.parse(nextAttemptAt) - EARLY_MS;
}

export function needsPerson(receivedAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(receivedAt) >= NEEDS_PERSON_AFTER_DAYS * DAY;
}

/** The hour a file is counted in, "2027-01-14T10" (UTC). */
export const hourOf = (now: Date): string => now.toISOString().slice(0, 13);

/** Whether the token expires within TOKEN_WARNING_DAYS (or has expired). */
export function tokenExpiresSoon(expiresAt: string, now: Date): boolean {
  return Date.parse(expiresAt) - now.getTime() <= TOKEN_WARNING_DAYS * DAY;
}
