/**
 * What the editor at /admin/ is told of the ideas the functions keep, through /admin/status.json:
 * how many could not become a file yet and since when, how many have waited so long that a person
 * should look (still kept), a settings problem, and when the GitHub token expires. Counts and
 * times only, read from the markers' keys: never an idea's words, a reference or a submission.
 * How many ideas wait for an answer comes from the build (/admin/ideeen.json, waiting.ts).
 */
import type { BlobStore } from '../functions/blob-store.ts';
import { PENDING, PROBLEM_KEY, readMarker, TOKEN_KEY } from './records.ts';
import { needsPerson } from './rules.ts';

export interface IdeasStatus {
  /** Ideas kept because they could not become a file yet. */
  kept: number;
  /** When the oldest of them came in (ISO). */
  since?: string;
  /** Of those, the ones kept longer than NEEDS_PERSON_AFTER_DAYS. */
  needPerson: number;
  /** A setting that is missing or wrong, in plain words, and since when it was seen. */
  problem?: { reason: string; at: string };
  /** When the GitHub token expires (ISO), as GitHub last said. */
  tokenExpiresAt?: string;
}

export async function readIdeasStatus(store: BlobStore, now: Date): Promise<IdeasStatus> {
  const [listed, problem, token] = await Promise.all([
    store.list({ prefix: PENDING }),
    store.getWithMetadata(PROBLEM_KEY, { type: 'json' }),
    store.getWithMetadata(TOKEN_KEY, { type: 'json' }),
  ]);
  const times = listed.blobs
    .map((b) => readMarker(b.key)?.receivedAt.toISOString())
    .filter((at): at is string => Boolean(at))
    .sort();
  const reported = problem?.data as { reason?: unknown; at?: unknown } | undefined;
  const expiresAt = (token?.data as { expiresAt?: unknown } | undefined)?.expiresAt;
  return {
    kept: times.length,
    ...(times[0] ? { since: times[0] } : {}),
    needPerson: times.filter((at) => needsPerson(at, now)).length,
    ...(typeof reported?.reason === 'string' && typeof reported.at === 'string'
      ? { problem: { reason: reported.reason, at: reported.at } }
      : {}),
    ...(typeof expiresAt === 'string' ? { tokenExpiresAt: expiresAt } : {}),
  };
}
