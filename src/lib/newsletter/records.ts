/**
 * What happened to each edition's announcement, kept in Netlify Blobs, one record per edition
 * number: so a title changed later is the same edition, and no edition is mailed twice.
 */
import type { BlobStore } from '../blob-store.ts';

/** An edition's announcement, by state. Dates are ISO instants. */
export type EditionRecord =
  /** Online before announcing began, or too old to announce: never mailed. */
  | { state: 'archief'; at: string; reason: string }
  /** Put online while sending was off (NIEUWSBRIEF_VERZENDEN=uit): not mailed later either. */
  | { state: 'overgeslagen'; at: string }
  /** A run is working on it. */
  | { state: 'bezig'; run: string; at: string }
  /** Failed clearly before anything was sent: the next production deploy tries again. */
  | { state: 'mislukt'; run: string; at: string; reason: string; campaign?: string }
  /** Campaign filled and a test mail sent; the communication staff send it from Laposta. */
  | { state: 'concept'; at: string; campaign: string }
  | { state: 'verzonden'; at: string; campaign: string }
  /** The send call got no clear answer: perhaps sent, perhaps not. Never tried again by itself. */
  | { state: 'onbekend'; at: string; campaign: string; reason: string };

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
  write(edition: number, record: EditionRecord): Promise<void>;
  /** Whether any edition has a record: none means announcing has never run. */
  any(): Promise<boolean>;
}

const PREFIX = 'editie/';
const keyOf = (edition: number) => `${PREFIX}${edition}`;

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
      await store.setJSON(keyOf(edition), record);
    },
    async any() {
      return (await store.list({ prefix: PREFIX })).blobs.length > 0;
    },
  };
}
