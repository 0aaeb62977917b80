/**
 * Until December 2026 the newsletter kept its records under Dutch names: `editie/N` with the
 * states `archief`, `overgeslagen`, `wacht`, `bezig`, `mislukt`, `opgegeven`, `concept`,
 * `verzonden` and `onbekend`; its markers under `wacht/` (`wacht/editie/N`, `wacht/deploy/ID`,
 * `wacht/aanmelding/…`); the count of expired sign-ups under `teller/aanmeldingen-vervallen`.
 * What the code keeps for itself is named in English now, so the store's Dutch names are moved,
 * once, by the first reader that finds them not moved yet.
 *
 * Every reader of the store starts by listing `pending/` (listPending). Once the old names are
 * moved that list holds the key NAMES_MOVED, so the hourly run still costs one read when nothing
 * waits. Without it the old names are moved first: each value is written under its new key only
 * if nothing is there yet (so a newer record is never overwritten), then the old key is deleted,
 * and NAMES_MOVED is written last. A run that stops halfway leaves the rest for the next, and two
 * runs at once both finish with everything moved: safe to run again, and at the same time.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import type { Log } from '../functions/log.ts';
import {
  DEPLOY_MARKERS,
  EDITION_MARKERS,
  EDITIONS,
  PENDING,
  SIGN_UP_PREFIX,
  type EditionState,
} from './records.ts';
import { EXPIRED_COUNT_KEY } from './sign-up.ts';

/** Written once the old names are moved; deleting it makes the next round look again. */
export const NAMES_MOVED = `${PENDING}old-names-moved`;

const OLD_STATES: Readonly<Record<string, EditionState['state']>> = {
  archief: 'archived',
  overgeslagen: 'skipped',
  wacht: 'waiting',
  bezig: 'claimed',
  mislukt: 'failed',
  opgegeven: 'gave-up',
  concept: 'draft',
  verzonden: 'sent',
  onbekend: 'unknown',
};

/** Old prefix → new prefix; the rest of each key stays as it was. */
const OLD_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['editie/', EDITIONS],
  ['wacht/editie/', EDITION_MARKERS],
  ['wacht/deploy/', DEPLOY_MARKERS],
  ['wacht/aanmelding/', SIGN_UP_PREFIX],
];
const OLD_EXPIRED_COUNT_KEY = 'teller/aanmeldingen-vervallen';

/** A record as it was stored, with its state in English. */
function inEnglish(value: unknown): unknown {
  const state = (value as { state?: unknown } | null)?.state;
  return typeof state === 'string' && Object.hasOwn(OLD_STATES, state)
    ? { ...(value as object), state: OLD_STATES[state] }
    : value;
}

/** Moves one value to its new key, unless something is there already; true when the old key was there. */
async function move(store: BlobStore, from: string, to: string): Promise<boolean> {
  const found = await store.getWithMetadata(from, { type: 'json' });
  if (!found) return false;
  await store.setJSON(to, inEnglish(found.data), { onlyIfNew: true });
  await store.delete(from);
  return true;
}

/** Moves everything stored under the old names; returns how many keys it moved. */
export async function moveOldNames(store: BlobStore, now: Date): Promise<number> {
  let moved = 0;
  // The records before the markers: a marker found under its new name has its record there.
  for (const [from, to] of OLD_PREFIXES)
    for (const { key } of (await store.list({ prefix: from })).blobs)
      if (await move(store, key, `${to}${key.slice(from.length)}`)) moved += 1;
  if (await move(store, OLD_EXPIRED_COUNT_KEY, EXPIRED_COUNT_KEY)) moved += 1;
  await store.setJSON(NAMES_MOVED, { at: now.toISOString() });
  return moved;
}

/** Every key under `pending/`, once the old names are moved (moving them first if need be). */
export async function listPending(store: BlobStore, now: Date, log?: Log): Promise<string[]> {
  const pending = async () => (await store.list({ prefix: PENDING })).blobs.map((b) => b.key);
  let keys = await pending();
  if (!keys.includes(NAMES_MOVED)) {
    const moved = await moveOldNames(store, now);
    if (moved > 0)
      log?.(
        `Opslag bijgewerkt naar de nieuwe namen: ${moved} sleutel(s) met een oude, Nederlandse naam verplaatst.`,
      );
    keys = await pending();
  }
  return keys.filter((key) => key !== NAMES_MOVED);
}
