/**
 * Whether the editors' latest change is online: Netlify's deploy events for the production site
 * (building, succeeded, failed) kept as one record in Netlify Blobs, and what the editor at
 * /admin/ is told of it (netlify/functions/publicatiestatus.mts). Events can arrive late or out of
 * order; a deploy started earlier never overwrites a later one, and a finished deploy never goes
 * back to building.
 *
 * Until December 2026 the record was kept under `productie` with the states `bezig`, `online` and
 * `mislukt`, and a failed build's lines under `bouwfouten/ID`. Those are read where the new names
 * find nothing, their states in English; the first event that changes the record after the
 * update writes it under its new name and deletes the old one.
 */
import type { Problem } from '../content/rules/problem.ts';
import type { BlobStore } from '../functions/blob-store.ts';

/** What a failed build stopped on: its problems, as data; a line of text in records of builds from before. */
export type BuildProblem = Problem | string;

/** The keys in the site's store `publicatie`. */
export const STATUS_KEY = 'production';
/** Where a failed build leaves the lines it stopped with (netlify/plugins/build-problems/). */
export const problemsKey = (deployId: string) => `build-problems/${deployId}`;

/** The same, as they were named before. */
const OLD_STATUS_KEY = 'productie';
const oldProblemsKey = (deployId: string) => `bouwfouten/${deployId}`;
const OLD_STATES: Readonly<Record<string, DeployState>> = {
  bezig: 'building',
  online: 'online',
  mislukt: 'failed',
};

export type DeployState = 'building' | 'online' | 'failed';

export interface StatusRecord {
  /** Netlify's id of the deploy; kept for ordering, never shown. */
  deploy: string;
  /** When the deploy was created (ISO): later deploys carry later changes. */
  startedAt: string;
  state: DeployState;
  /** When this state was reached (ISO). */
  at: string;
  /** For a failed build: the lines it stopped with; empty when it stopped for a technical reason. */
  problems?: BuildProblem[];
  /** When the live site last changed (ISO). */
  lastOnlineAt?: string;
}

export interface DeployEvent {
  id: string;
  context: string;
  createdAt: string;
  state: DeployState;
  /** When the event arrived (ISO). */
  at: string;
  problems?: BuildProblem[];
}

const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a > b ? a : b);

/** The record after an event; the same record when the event changes nothing. */
export function nextStatus(current: StatusRecord | null, event: DeployEvent): StatusRecord | null {
  if (event.context !== 'production') return current;
  const lastOnlineAt =
    event.state === 'online' ? later(current?.lastOnlineAt, event.at) : current?.lastOnlineAt;
  if (current && current.deploy !== event.id && event.createdAt < current.startedAt) {
    // An older deploy: its success still updated the live site, nothing else of it matters.
    return lastOnlineAt === current.lastOnlineAt ? current : { ...current, lastOnlineAt };
  }
  if (current && current.deploy === event.id && current.state !== 'building' && event.state === 'building')
    return current;
  return {
    deploy: event.id,
    startedAt: event.createdAt,
    state: event.state,
    at: event.at,
    ...(event.state === 'failed' ? { problems: event.problems ?? [] } : {}),
    ...(lastOnlineAt ? { lastOnlineAt } : {}),
  };
}

/** What /admin/status.json answers: nothing that is not already in the public repository or on the live site. */
export type PublicStatus =
  | { state: 'unknown' }
  | { state: DeployState; startedAt: string; at: string; lastOnlineAt?: string; problems?: BuildProblem[] };

export function publicStatus(record: StatusRecord | null): PublicStatus {
  if (!record) return { state: 'unknown' };
  const { state, startedAt, at, lastOnlineAt, problems } = record;
  return {
    state,
    startedAt,
    at,
    ...(lastOnlineAt ? { lastOnlineAt } : {}),
    ...(problems ? { problems } : {}),
  };
}

/** The record under its old name, its state in English; null when there is none. */
async function oldRecord(store: BlobStore): Promise<StatusRecord | null> {
  const old = (await store.getWithMetadata(OLD_STATUS_KEY, { type: 'json' }))?.data as
    StatusRecord | undefined;
  return old ? { ...old, state: OLD_STATES[old.state] ?? old.state } : null;
}

/**
 * Applies an event to the stored record. Two events at once both read, then write only if the
 * record is still as they read it; the one that loses reads again.
 */
export async function recordDeployEvent(store: BlobStore, event: DeployEvent): Promise<StatusRecord | null> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const found = await store.getWithMetadata(STATUS_KEY, { type: 'json' });
    const current = found ? (found.data as StatusRecord) : await oldRecord(store);
    const next = nextStatus(current, event);
    if (next === current) return current;
    const written = await store.setJSON(
      STATUS_KEY,
      next,
      found ? { onlyIfMatch: found.etag ?? '' } : { onlyIfNew: true },
    );
    if (written.modified) {
      if (!found) await store.delete(OLD_STATUS_KEY);
      return next;
    }
  }
  throw new Error(
    `De publicatiestatus kon niet worden bijgewerkt voor deploy ${event.id}: steeds een andere schrijver tussendoor.`,
  );
}

/** The lines the failed deploy's build left (none: it stopped for a technical reason). */
export async function problemsLeftBy(store: BlobStore, deployId: string): Promise<BuildProblem[]> {
  const found =
    (await store.getWithMetadata(problemsKey(deployId), { type: 'json' })) ??
    (await store.getWithMetadata(oldProblemsKey(deployId), { type: 'json' }));
  return (found?.data as { problems?: BuildProblem[] } | undefined)?.problems ?? [];
}

/** The stored record, as the editor may see it. */
export async function readPublicStatus(store: BlobStore): Promise<PublicStatus> {
  const found = await store.getWithMetadata(STATUS_KEY, { type: 'json' });
  return publicStatus((found?.data as StatusRecord | undefined) ?? (await oldRecord(store)));
}
