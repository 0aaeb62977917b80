/**
 * /admin/status.json as the editor fetches it (netlify/functions/publicatiestatus-lezen.mts,
 * src/lib/publishing/status-json.ts): the publication banner (publishing-banner.ts) and the
 * newsletter panel (newsletter-panel.ts) each take their part. Null where there is no status
 * service (npm run dev) or it cannot be reached now.
 */
import type { StatusJson } from '../lib/publishing/status-json.ts';
import { urls } from '../lib/urls/routes.ts';

/** A request that hangs (a weak connection, a function that does not start) is given up after this. */
export const ANSWER_WITHIN_MS = 5_000;
/** When the editor opens, a status that could not be read is asked for again this often, this many times. */
const ASK_AGAIN_AFTER_MS = 2_000;
const TRIES_WHEN_OPENING = 5;
/** While a deploy the editor waits for is building, the status is read again this often. */
export const POLL_EVERY_MS = 3_000;

/** The status; null when it could not be read now; 'none' where no status service runs (a 404: npm run dev). */
async function fetchOnce(): Promise<StatusJson | null | 'none'> {
  // A timer of the page's own rather than AbortSignal.timeout, so a test can move the clock past it.
  const giveUp = new AbortController();
  const timer = setTimeout(() => giveUp.abort(), ANSWER_WITHIN_MS);
  try {
    const response = await fetch(urls.publishStatus(), { cache: 'no-store', signal: giveUp.signal });
    if (response.status === 404) return 'none';
    return response.ok ? ((await response.json()) as StatusJson) : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** The status now; null where there is none, or it cannot be read now. */
export async function fetchStatusJson(tries = 1): Promise<StatusJson | null> {
  for (let attempt = 1; ; attempt++) {
    const answer = await fetchOnce();
    if (answer !== null || attempt >= tries) return answer === 'none' ? null : answer;
    await new Promise((wait) => setTimeout(wait, ASK_AGAIN_AFTER_MS));
  }
}

let opening: Promise<StatusJson | null> | undefined;

/**
 * The status as the editor opens, one request for the banner and the panel together. Asked for
 * more than once if need be: one unanswered request must not leave an editor without the news that
 * the last build failed.
 */
export function statusWhenOpening(): Promise<StatusJson | null> {
  opening ??= fetchStatusJson(TRIES_WHEN_OPENING);
  return opening;
}
