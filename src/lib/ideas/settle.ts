/**
 * What becomes of one claimed idea after a pass (pass-on.ts), the same for an idea as it arrives
 * and for one the hourly run tries again: written (or found written) and no longer waiting; made
 * up and forgotten; or kept, with why and when it is tried again (rules.ts). And what the editor's
 * panel is told of GitHub: when the token expires, and a settings problem until a pass succeeds.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import { asPassOnError, type PassOnError } from './errors.ts';
import type { GitHub } from './github.ts';
import { passOn, type PassOn } from './pass-on.ts';
import { PROBLEM_KEY, TOKEN_KEY, type KeptIdea } from './records.ts';
import { pathOf } from './reference.ts';
import { nextAttempt } from './rules.ts';

export type Settled =
  | { settled: 'written' | 'found'; reference: string }
  | { settled: 'made-up' | 'no-slot' | 'lost-claim' }
  | { settled: 'kept'; failure: PassOnError };

export async function settle(p: PassOn, id: string, kept: KeptIdea): Promise<Settled> {
  const at = p.now.toISOString();
  const release = (change: Partial<KeptIdea>) =>
    p.records.whileClaimed(id, p.run, ({ claim: _claim, ...unclaimed }) => ({ ...unclaimed, ...change }));
  try {
    const outcome = await passOn(p, id, kept);
    switch (outcome.result) {
      case 'written':
      case 'found': {
        const { reference } = outcome;
        await p.records.whileClaimed(id, p.run, (k) => ({
          state: 'written',
          receivedAt: k.receivedAt,
          reference,
          at,
        }));
        await p.records.removeMarker(kept.marker);
        p.log(
          outcome.result === 'written'
            ? `Nieuw idee ${reference} staat in de repository (${pathOf(reference)}), met de stand "ontvangen".`
            : `Idee ${reference} stond al in de repository: een eerdere poging lukte, maar het antwoord van GitHub ging verloren. Niets dubbel geschreven.`,
        );
        return { settled: outcome.result, reference };
      }
      case 'made-up':
        await p.records.forget(id);
        await p.records.removeMarker(kept.marker);
        p.log(
          `Inzending ${id} staat niet bij het ideeënformulier van deze site in Netlify: er is niets geschreven of bewaard.`,
        );
        return { settled: 'made-up' };
      case 'no-slot':
        await release({ nextAttempt: nextAttempt(p.now, p.now).toISOString() });
        return { settled: 'no-slot' };
      case 'lost-claim':
        return { settled: 'lost-claim' };
    }
  } catch (error) {
    const failure = asPassOnError(error);
    await release({
      attempts: kept.attempts + 1,
      lastKind: failure.kind,
      lastReason: failure.message,
      nextAttempt: nextAttempt(p.now, new Date(kept.receivedAt)).toISOString(),
    });
    return { settled: 'kept', failure };
  }
}

/** The panel's facts of GitHub after a run: the token's expiry as GitHub said it, and a settings problem or none. */
export async function noteGitHub(
  store: BlobStore,
  github: GitHub | null,
  problem: PassOnError | null | 'unchanged',
  now: Date,
): Promise<void> {
  const expiresAt = github?.tokenExpiresAt();
  if (expiresAt !== undefined) {
    const found = (await store.getWithMetadata(TOKEN_KEY, { type: 'json' }))?.data as
      { expiresAt?: string } | undefined;
    if (found?.expiresAt !== (expiresAt ?? undefined))
      await store.setJSON(TOKEN_KEY, expiresAt ? { expiresAt, seenAt: now.toISOString() } : {});
  }
  if (problem === 'unchanged') return;
  if (problem?.kind === 'settings')
    await store.setJSON(PROBLEM_KEY, { reason: problem.message, at: now.toISOString() });
  else if (problem === null) await store.delete(PROBLEM_KEY);
}
