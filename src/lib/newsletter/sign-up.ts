/**
 * Newsletter sign-ups, passed on to the mailing service: by the submission-created function as
 * they arrive, and by `npm run nieuwsbrief:bijwerken` from what Netlify Forms stored.
 *
 * A sign-up the service could not take (down, too slow, refusing our key) is kept in Netlify Blobs
 * with only what the service needs: the address, the visitor's IP address, the page and the time.
 * Every later run (hourly, and each production deploy) passes it on again, until the service
 * takes it (then it is deleted at once), refuses the address itself (deleted, logged without the
 * address), or it is SIGN_UP_MAX_DAYS old (deleted and counted).
 */
import { CONSENT_VALUE } from '../forms/form-fields.ts';
import type { BlobStore } from '../functions/blob-store.ts';
import type { Log } from '../functions/log.ts';
import {
  NoAnswerError,
  plainReason,
  RefusedError,
  refusesTheAddress,
  type MailingService,
  type NewMember,
} from './mailing-service.ts';
import { SIGN_UP_PREFIX } from './records.ts';
import { claimExpired, SIGN_UP_MAX_DAYS, signUpExpired } from './rules.ts';

/** A submission as Netlify sends it to a function and returns it from its API. */
export interface Submission {
  form_name?: string;
  created_at?: string;
  /** The form's fields, and what Netlify adds: the visitor's ip, user_agent and referrer. */
  data: Record<string, string | undefined>;
}

export type SignUpResult = 'added' | 'already-listed' | 'refused' | 'failed' | 'skipped';

/** The member a submission asks to add, or null without an address or consent. */
export function memberOf(submission: Submission): NewMember | null {
  const { email, ip, referrer, toestemming } = submission.data;
  if (!email?.trim() || toestemming !== CONSENT_VALUE) return null;
  return { email: email.trim(), ip: ip ?? '', sourceUrl: referrer ?? '' };
}

/** Passes one member on; a failure says why. */
async function addMember(
  member: NewMember,
  service: MailingService,
): Promise<{ result: SignUpResult; error?: unknown }> {
  try {
    return { result: await service.subscribe(member) };
  } catch (error) {
    return { result: refusesTheAddress(error) ? 'refused' : 'failed', error };
  }
}

/** One submission, passed on as it arrives or from Netlify Forms; the caller keeps a failed one. */
export async function signUp(
  submission: Submission,
  service: MailingService,
  log: Log,
): Promise<{ result: SignUpResult; member?: NewMember; error?: unknown }> {
  const member = memberOf(submission);
  if (!member) {
    log('Een aanmelding zonder e-mailadres of zonder toestemming is overgeslagen.');
    return { result: 'skipped' };
  }
  const outcome = await addMember(member, service);
  if (outcome.result === 'added')
    log('Aanmelding doorgegeven aan Laposta; Laposta stuurt de bevestigingsmail.');
  else if (outcome.result === 'already-listed') log('Aanmelding stond al op de lijst; niets veranderd.');
  else if (outcome.result === 'refused')
    log(
      `Laposta weigerde het adres van een aanmelding (${(outcome.error as Error).message}); ze is niet bewaard.`,
    );
  return { ...outcome, member };
}

/** A kept sign-up: what the service needs, and how often it was tried. */
export interface KeptSignUp extends NewMember {
  /** When the resident sent it (ISO). */
  receivedAt: string;
  attempts: number;
  /** Why the last try failed, in plain words. */
  lastReason: string;
  /** The run passing it on now. */
  claim?: { run: string; at: string };
}

/** Where the number of sign-ups dropped for age is kept. */
export const EXPIRED_COUNT_KEY = 'counter/expired-sign-ups';

/** The key sorts by arrival and says when it came, so the editor's overview reads no address to count. */
const keyFor = (receivedAt: Date) => `${SIGN_UP_PREFIX}${receivedAt.getTime()}-${crypto.randomUUID()}`;
const receivedAtOf = (key: string) => Number(key.slice(SIGN_UP_PREFIX.length).split('-')[0]);

/** Keeps a sign-up the service could not take, for later runs. */
export async function keepSignUp(
  store: BlobStore,
  member: NewMember,
  receivedAt: Date,
  error: unknown,
): Promise<void> {
  const kept: KeptSignUp = {
    email: member.email,
    ip: member.ip,
    sourceUrl: member.sourceUrl,
    receivedAt: receivedAt.toISOString(),
    attempts: 1,
    lastReason: plainReason(error),
  };
  await store.setJSON(keyFor(receivedAt), kept);
}

export interface SignUpRetry {
  store: BlobStore;
  service: MailingService;
  now: Date;
  run: string;
  log: Log;
}

export interface RetryCounts {
  added: number;
  refused: number;
  expired: number;
  failed: number;
}

/** At most this many kept sign-ups per run: Laposta allows 30 requests a minute on a small account. */
const PER_RUN = 25;

/** Passes every kept sign-up on again; stops at the first sign that the service is down. */
export async function retryKeptSignUps(r: SignUpRetry): Promise<RetryCounts> {
  const counts: RetryCounts = { added: 0, refused: 0, expired: 0, failed: 0 };
  const keys = (await r.store.list({ prefix: SIGN_UP_PREFIX })).blobs.map((b) => b.key).sort();
  const at = r.now.toISOString();
  const claimed: Array<[key: string, kept: KeptSignUp]> = [];
  for (const key of keys) {
    if (claimed.length >= PER_RUN) break;
    const found = await r.store.getWithMetadata(key, { type: 'json' });
    if (!found) continue;
    const kept = found.data as KeptSignUp;
    if (signUpExpired(kept.receivedAt, r.now)) {
      await r.store.delete(key);
      counts.expired += 1;
      continue;
    }
    if (kept.claim && !claimExpired(kept.claim.at, r.now)) continue;
    const written = await r.store.setJSON(
      key,
      { ...kept, claim: { run: r.run, at } },
      { onlyIfMatch: found.etag ?? '' },
    );
    if (written.modified) claimed.push([key, kept]);
  }
  if (counts.expired > 0) {
    await addToExpiredCount(r.store, counts.expired, at);
    r.log(
      `${counts.expired} bewaarde aanmelding(en) konden ${SIGN_UP_MAX_DAYS} dagen lang niet aan Laposta worden doorgegeven en zijn verwijderd.`,
    );
  }
  for (const [index, [key, kept]] of claimed.entries()) {
    const { result, error } = await addMember(
      { email: kept.email, ip: kept.ip, sourceUrl: kept.sourceUrl },
      r.service,
    );
    if (result === 'added' || result === 'already-listed') {
      await r.store.delete(key);
      counts.added += 1;
      continue;
    }
    if (result === 'refused') {
      await r.store.delete(key);
      counts.refused += 1;
      r.log(
        `Laposta weigerde het adres van een bewaarde aanmelding (${(error as Error).message}); ze is verwijderd.`,
      );
      continue;
    }
    const { claim: _claim, ...unclaimed } = kept;
    await r.store.setJSON(key, { ...unclaimed, attempts: kept.attempts + 1, lastReason: plainReason(error) });
    counts.failed += 1;
    const serviceDown =
      error instanceof NoAnswerError ||
      (error instanceof RefusedError &&
        (error.status === 429 || error.status === 401 || error.status === 403));
    if (serviceDown) {
      // The rest stays claimed by this run until the claim expires; the next hourly run takes it.
      r.log(
        `Bewaarde aanmeldingen nog niet doorgegeven: ${(error as Error).message}. Het volgende uur opnieuw.`,
      );
      await releaseClaims(
        r.store,
        claimed.slice(index + 1).map(([rest]) => rest),
        r.run,
      );
      break;
    }
  }
  if (counts.added > 0)
    r.log(
      `${counts.added} bewaarde aanmelding(en) doorgegeven aan Laposta; Laposta stuurt de bevestigingsmail.`,
    );
  return counts;
}

/** Takes this run's claim off sign-ups it will not pass on now, so the next run need not wait for it to expire. */
async function releaseClaims(store: BlobStore, keys: readonly string[], run: string): Promise<void> {
  for (const key of keys) {
    const found = await store.getWithMetadata(key, { type: 'json' });
    const kept = found?.data as KeptSignUp | undefined;
    if (!found || kept?.claim?.run !== run) continue;
    const { claim: _claim, ...unclaimed } = kept;
    await store.setJSON(key, unclaimed, { onlyIfMatch: found.etag ?? '' });
  }
}

async function addToExpiredCount(store: BlobStore, count: number, at: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const found = await store.getWithMetadata(EXPIRED_COUNT_KEY, { type: 'json' });
    const current = (found?.data as { count?: number } | undefined)?.count ?? 0;
    const written = await store.setJSON(
      EXPIRED_COUNT_KEY,
      { count: current + count, last: at },
      found ? { onlyIfMatch: found.etag ?? '' } : { onlyIfNew: true },
    );
    if (written.modified) return;
  }
}

/** How many sign-ups wait and since when (from the keys under `pending/`), and how many were dropped for age: never an address. */
export async function signUpSummary(
  store: BlobStore,
  pending: readonly string[],
): Promise<{ waiting: number; since?: string; expired: number }> {
  const counted = await store.getWithMetadata(EXPIRED_COUNT_KEY, { type: 'json' });
  const times = pending
    .filter((key) => key.startsWith(SIGN_UP_PREFIX))
    .map(receivedAtOf)
    .filter(Number.isFinite);
  const expired = (counted?.data as { count?: number } | undefined)?.count ?? 0;
  return {
    waiting: times.length,
    ...(times.length > 0 ? { since: new Date(Math.min(...times)).toISOString() } : {}),
    expired,
  };
}
