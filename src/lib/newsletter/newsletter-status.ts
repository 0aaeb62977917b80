/**
 * What the editor at /admin/ is told of the newsletter, through /admin/status.json: what became
 * of the mail of each edition of the last FOLLOW_DAYS days, and how many sign-ups wait for
 * Laposta since when. Nothing personal: no address, no IP address, no key; titles and dates are
 * on the live site already. Reading it costs a few reads of the store, whatever the archive's size.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import { redact } from '../functions/log.ts';
import { listPending } from './old-names.ts';
import { editionRecords, type EditionRecord, type EditionState } from './records.ts';
import { FOLLOW_DAYS, RETRY_LIMIT_DAYS } from './rules.ts';
import { signUpSummary } from './sign-up.ts';

export interface EditionStatus {
  edition: number;
  title?: string;
  /** The edition's own day, JJJJ-MM-DD. */
  date?: string;
  state: EditionState['state'];
  /** When this state was reached (ISO): for `sent`, when it was sent. */
  at: string;
  /** `failed`: the next try; `waiting`: the morning (ISO). */
  next?: string;
  subscribers?: number;
  /** In plain words, for `failed`, `gave-up`, `unknown` and `archived`. */
  reason?: string;
  /** `gave-up`: how many days it was tried. */
  triedDays?: number;
}

export interface NewsletterStatus {
  editions: EditionStatus[];
  signUps: { waiting: number; since?: string; expired: number };
}

/** One record as the editor may see it. */
export function editionStatus(edition: number, record: EditionRecord): EditionStatus {
  const shown: EditionStatus = {
    edition,
    ...(record.title ? { title: record.title } : {}),
    ...(record.date ? { date: record.date } : {}),
    state: record.state,
    at: record.at,
  };
  switch (record.state) {
    case 'failed':
      return { ...shown, next: record.nextAttempt, reason: redact(record.reason) };
    case 'waiting':
      return { ...shown, next: record.notBefore };
    case 'sent':
      return record.subscribers === undefined ? shown : { ...shown, subscribers: record.subscribers };
    case 'gave-up':
      return { ...shown, reason: redact(record.reason), triedDays: RETRY_LIMIT_DAYS };
    case 'unknown':
    case 'archived':
      return { ...shown, reason: redact(record.reason) };
    default:
      return shown;
  }
}

const DAY = 86_400_000;
/** Never more reads than this, however many recent editions there are. */
const MOST = 12;

/** The editions of the last FOLLOW_DAYS days (by their date or their first sight), newest number first. */
export async function readNewsletterStatus(store: BlobStore, now: Date): Promise<NewsletterStatus> {
  // First, as every reader of the store: before the first round after the update, this moves the old names.
  const pending = await listPending(store, now);
  const records = editionRecords(store);
  const since = now.getTime() - FOLLOW_DAYS * DAY;
  const recent = (record: EditionRecord) =>
    Math.max(
      record.date ? Date.parse(`${record.date}T12:00:00Z`) : 0,
      Date.parse(record.firstSeen ?? record.at),
    ) >= since;
  const editions: EditionStatus[] = [];
  // Edition numbers grow with time: read from the newest down until one is older than the window.
  const numbers = (await records.numbers()).sort((a, b) => b - a).slice(0, MOST);
  for (const number of numbers) {
    const found = await records.read(number);
    if (!found) continue;
    if (!recent(found.record)) break;
    editions.push(editionStatus(number, found.record));
  }
  return { editions, signUps: await signUpSummary(store, pending) };
}
