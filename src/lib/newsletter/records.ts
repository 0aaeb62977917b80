/**
 * What happened to each edition's announcement, kept in Netlify Blobs, one record per edition
 * number: so a title changed later is the same edition, and no edition is mailed twice.
 *
 * Beside the records, the store holds markers under `pending/`: one per thing a later run has to
 * do (an edition to mail in the morning, to retry, or a draft to follow; a production deploy
 * whose editions were not yet read; a sign-up kept for Laposta). The hourly run lists that prefix
 * first, so when nothing waits it costs one read of the store. What the store held under Dutch
 * names before is moved once (old-names.ts).
 */
import type { BlobStore } from '../functions/blob-store.ts';

/** What every record says of the edition, from the run that first saw it online. */
export interface FirstSight {
  /** When a run first saw the edition online (ISO): its age and the retry limit count from here. */
  firstSeen: string;
  title: string;
  /** The edition's own day, JJJJ-MM-DD. */
  date: string;
}

/** An edition's announcement, by state. Dates are ISO instants. */
export type EditionState =
  /** Online before announcing began, or dated too long ago when first seen: never mailed. */
  | { state: 'archived'; at: string; reason: string }
  /** Put online while sending was off (NIEUWSBRIEF_VERZENDEN=uit): not mailed later either. */
  | { state: 'skipped'; at: string }
  /** Online at night: the mail waits for the morning. */
  | { state: 'waiting'; at: string; notBefore: string }
  /** A run is working on it; `sending` once the send call was made, whose outcome only Laposta knows. */
  | { state: 'claimed'; run: string; at: string; campaign?: string; sending?: boolean }
  /** Failed clearly before anything was sent: tried again from `nextAttempt`. */
  | {
      state: 'failed';
      run: string;
      at: string;
      reason: string;
      attempts: number;
      nextAttempt: string;
      campaign?: string;
    }
  /** Failed clearly for longer than the retry limit: a person decides, in Laposta. */
  | { state: 'gave-up'; at: string; reason: string; attempts: number; campaign?: string }
  /** Campaign filled and a test mail sent (mode `concept`); the communication staff send it from Laposta. */
  | { state: 'draft'; at: string; campaign: string }
  /** Sent (or seen sent in Laposta) at `at`, to `subscribers` active members when Laposta said. */
  | { state: 'sent'; at: string; campaign: string; subscribers?: number }
  /** The send call got no clear answer: perhaps sent, perhaps not. Never tried again by itself. */
  | { state: 'unknown'; at: string; campaign: string; reason: string };

export type EditionRecord = EditionState & Partial<FirstSight>;

export interface Versioned {
  record: EditionRecord;
  /** The version, for a write that only succeeds if nobody wrote in between. */
  etag: string;
}

/** The records, as the announcing needs them. */
export interface EditionRecords {
  read(edition: number): Promise<Versioned | null>;
  /** Writes only if there is no record yet; false when there was one. */
  create(edition: number, record: EditionRecord): Promise<boolean>;
  /** Writes only if the record is still at this version; false when it changed. */
  replace(edition: number, record: EditionRecord, etag: string): Promise<boolean>;
  /** Writes the record, and the marker that a later run has work on it, or takes the marker away. */
  write(edition: number, record: EditionRecord): Promise<void>;
  /** Whether any edition has a record: none means announcing has never run. */
  any(): Promise<boolean>;
  /** Every edition number that has a record. */
  numbers(): Promise<number[]>;
}

/** Where the records are, by edition number. */
export const EDITIONS = 'edition/';
const keyOf = (edition: number) => `${EDITIONS}${edition}`;

/** The prefix of everything a later run has to do. */
export const PENDING = 'pending/';
/** Markers: an edition with work left, a production deploy whose editions were not read yet; and the sign-ups Laposta did not take. */
export const EDITION_MARKERS = `${PENDING}edition/`;
export const DEPLOY_MARKERS = `${PENDING}deploy/`;
export const SIGN_UP_PREFIX = `${PENDING}sign-up/`;
export const editionMarker = (edition: number) => `${EDITION_MARKERS}${edition}`;
export const deployMarker = (deployId: string) => `${DEPLOY_MARKERS}${deployId}`;

/** States a later run still acts on. */
export const UNFINISHED: ReadonlySet<EditionState['state']> = new Set([
  'waiting',
  'claimed',
  'failed',
  'draft',
]);

export function editionRecords(store: BlobStore): EditionRecords {
  return {
    async read(edition) {
      const found = await store.getWithMetadata(keyOf(edition), { type: 'json' });
      return found ? { record: found.data as EditionRecord, etag: found.etag ?? '' } : null;
    },
    async create(edition, record) {
      return (await store.setJSON(keyOf(edition), record, { onlyIfNew: true })).modified;
    },
    async replace(edition, record, etag) {
      return (await store.setJSON(keyOf(edition), record, { onlyIfMatch: etag })).modified;
    },
    async write(edition, record) {
      // The marker first: a run that stops between the two writes leaves work found, never work lost.
      if (UNFINISHED.has(record.state)) await store.setJSON(editionMarker(edition), { since: record.at });
      await store.setJSON(keyOf(edition), record);
      if (!UNFINISHED.has(record.state)) await store.delete(editionMarker(edition));
    },
    async any() {
      return (await store.list({ prefix: EDITIONS })).blobs.length > 0;
    },
    async numbers() {
      return (await store.list({ prefix: EDITIONS })).blobs
        .map(({ key }) => Number(key.slice(EDITIONS.length)))
        .filter(Number.isInteger);
    },
  };
}
