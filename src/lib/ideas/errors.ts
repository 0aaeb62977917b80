/**
 * Why an idea could not become a file now, in three kinds that decide what happens next, each
 * with a reason in plain Dutch for the log and the editor's panel (never a key or an address):
 * - `unreachable`: no clear answer (down, too slow, an error on their side): tried again later;
 * - `busy`: too many requests (a rate limit, commits at once): tried again later;
 * - `settings`: a setting is missing or wrong (a key refused, a repository not found): tried again
 *   later too, but a person has to act, and the panel says so.
 * Every kind keeps the idea; none drops it.
 */
export type FailureKind = 'unreachable' | 'busy' | 'settings';

export class PassOnError extends Error {
  readonly kind: FailureKind;

  constructor(kind: FailureKind, reason: string) {
    super(reason);
    this.name = 'PassOnError';
    this.kind = kind;
  }
}

/** The failure of an answer with this status, from a service that answered. */
export function failureOfStatus(
  service: 'GitHub' | 'Netlify',
  status: number,
  what: string,
  { rateLimited = false, settings = '' } = {},
): PassOnError {
  if (status === 429 || rateLimited)
    return new PassOnError('busy', `${service} kreeg te veel verzoeken (HTTP ${status} bij ${what})`);
  if (status >= 500)
    return new PassOnError('unreachable', `storing bij ${service} (HTTP ${status} bij ${what})`);
  return new PassOnError(
    'settings',
    `${service} weigerde ${what} (HTTP ${status})${settings ? `: ${settings}` : ''}`,
  );
}

/** A request that got no answer: unreachable, too slow, or the connection dropped. */
export function noAnswer(service: 'GitHub' | 'Netlify', what: string, error: unknown): PassOnError {
  const timedOut = (error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError';
  return new PassOnError(
    'unreachable',
    `${service} gaf geen antwoord bij ${what} (${timedOut ? 'te traag' : 'niet bereikbaar of verbinding verbroken'})`,
  );
}

/** Any failure as a PassOnError: one of ours, or an unexpected error (a bug, a broken answer), kept as unreachable. */
export function asPassOnError(error: unknown): PassOnError {
  return error instanceof PassOnError
    ? error
    : new PassOnError('unreachable', `onverwachte fout: ${(error as Error)?.message ?? String(error)}`);
}
