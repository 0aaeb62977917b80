/**
 * What the ideas keep in Netlify Blobs (the store `ideeen`), so that no idea is lost and none is
 * written twice:
 * - `submission/<id>`: one record per Netlify submission, made with onlyIfNew as it arrives (a
 *   second call for the same submission finds it and does nothing). While the idea waits to
 *   become a file it holds only what the file needs (`kept`), with the reference chosen before
 *   writing; once written, the reference (`written`), so it is never written again.
 * - `pending/<received ms>-<id>`: a marker per idea that waits, written before its record, so the
 *   hourly run finds every waiting idea with one list of the store, and nothing when none waits.
 * - `rate`: how many files were asked for this hour; `counter/<year>`: the highest number given
 *   in a year, raised with a write that only succeeds if nobody wrote in between, so two ideas at
 *   once get two numbers, and a number is never given twice, even when its file was deleted;
 *   `github-token`: when the GitHub token expires; `problem`: the last settings problem.
 * Never a name, an e-mail address, an IP address or a browser.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import type { FailureKind } from './errors.ts';
import { claimExpired, FILES_PER_HOUR, hourOf } from './rules.ts';
import type { SubmittedIdea } from './submitted.ts';

export const SUBMISSIONS = 'submission/';
export const PENDING = 'pending/';
export const RATE_KEY = 'rate';
export const TOKEN_KEY = 'github-token';
export const PROBLEM_KEY = 'problem';
export const counterKey = (year: number) => `counter/${year}`;

/** A Netlify submission id, as the content type accepts it: also safe in a key and an address. */
export const SUBMISSION_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface Claim {
  run: string;
  at: string;
}

/** An idea that has not become a file yet. Dates are ISO instants. */
export interface KeptIdea {
  state: 'kept';
  receivedAt: string;
  /** Its key under `pending/`. */
  marker: string;
  /** What Netlify's API confirmed, once it did: only what the file needs. */
  confirmed?: SubmittedIdea;
  /** The reference chosen before the file was asked for: a retry looks there first. */
  reference?: string;
  attempts: number;
  lastKind?: FailureKind;
  /** Why the last try failed, in plain words. */
  lastReason?: string;
  nextAttempt?: string;
  claim?: Claim;
}

export interface WrittenIdea {
  state: 'written';
  receivedAt: string;
  reference: string;
  at: string;
}

export type IdeaRecord = KeptIdea | WrittenIdea;

export const markerOf = (receivedAt: Date, id: string) => `${PENDING}${receivedAt.getTime()}-${id}`;

/** The submission and arrival a marker names; null for a key that is no marker. */
export function readMarker(key: string): { id: string; receivedAt: Date } | null {
  const match = /^pending\/(\d+)-(.+)$/.exec(key);
  if (!match || !SUBMISSION_ID.test(match[2]!)) return null;
  return { id: match[2]!, receivedAt: new Date(Number(match[1])) };
}

export interface Versioned<T> {
  record: T;
  etag: string;
}

export interface IdeaRecords {
  read(id: string): Promise<Versioned<IdeaRecord> | null>;
  /** Writes only if the submission has no record yet; false when it had one. */
  create(id: string, record: KeptIdea): Promise<boolean>;
  /** Writes only if the record is still at this version; false when it changed. */
  replace(id: string, record: IdeaRecord, etag: string): Promise<boolean>;
  /** Changes the record this run has claimed; false when the claim was lost (another run took it over). */
  whileClaimed(id: string, run: string, change: (kept: KeptIdea) => IdeaRecord): Promise<boolean>;
  forget(id: string): Promise<void>;
  markers(): Promise<string[]>;
  addMarker(key: string, receivedAt: Date): Promise<void>;
  removeMarker(key: string): Promise<void>;
  /** Takes one of the hour's FILES_PER_HOUR; false when they are gone. */
  takeFileSlot(now: Date): Promise<boolean>;
  /** The next number of a year: above every number given before and above `above`; never the same twice. */
  giveNumber(year: number, above: number): Promise<number>;
}

/** Writers at once that one write may have to wait for: far more than a site's functions ever are. */
const MOST_WRITERS = 30;

/** Writes `next(current)` with a write that only succeeds if nobody wrote in between; tries again otherwise. */
async function compareAndSet<T>(
  store: BlobStore,
  key: string,
  next: (current: T | undefined) => T | null,
): Promise<T | null> {
  for (let attempt = 0; attempt < MOST_WRITERS; attempt++) {
    const found = await store.getWithMetadata(key, { type: 'json' });
    const value = next(found?.data as T | undefined);
    if (value === null) return null;
    const written = await store.setJSON(
      key,
      value,
      found ? { onlyIfMatch: found.etag ?? '' } : { onlyIfNew: true },
    );
    if (written.modified) return value;
  }
  throw new Error(`${key}: steeds een andere schrijver tussendoor`);
}

export function ideaRecords(store: BlobStore): IdeaRecords {
  const keyOf = (id: string) => `${SUBMISSIONS}${id}`;
  return {
    async read(id) {
      const found = await store.getWithMetadata(keyOf(id), { type: 'json' });
      return found ? { record: found.data as IdeaRecord, etag: found.etag ?? '' } : null;
    },
    async create(id, record) {
      return (await store.setJSON(keyOf(id), record, { onlyIfNew: true })).modified;
    },
    async replace(id, record, etag) {
      return (await store.setJSON(keyOf(id), record, { onlyIfMatch: etag })).modified;
    },
    async whileClaimed(id, run, change) {
      let lost = false;
      await compareAndSet<IdeaRecord>(store, keyOf(id), (current) => {
        if (current?.state !== 'kept' || current.claim?.run !== run) {
          lost = true;
          return null;
        }
        return change(current);
      });
      return !lost;
    },
    async forget(id) {
      await store.delete(keyOf(id));
    },
    async markers() {
      return (await store.list({ prefix: PENDING })).blobs.map((b) => b.key).sort();
    },
    async addMarker(key, receivedAt) {
      await store.setJSON(key, { since: receivedAt.toISOString() });
    },
    async removeMarker(key) {
      await store.delete(key);
    },
    async takeFileSlot(now) {
      const hour = hourOf(now);
      const taken = await compareAndSet<{ hour: string; count: number }>(store, RATE_KEY, (current) => {
        const count = current?.hour === hour ? current.count : 0;
        return count >= FILES_PER_HOUR ? null : { hour, count: count + 1 };
      });
      return taken !== null;
    },
    async giveNumber(year, above) {
      const given = await compareAndSet<{ highest: number }>(store, counterKey(year), (current) => ({
        highest: Math.max(current?.highest ?? 0, above) + 1,
      }));
      return given!.highest;
    },
  };
}

/** Whether a kept idea is claimed by a run that is still at work. */
export const isClaimed = (kept: KeptIdea, now: Date): boolean =>
  Boolean(kept.claim && !claimExpired(kept.claim.at, now));
