/**
 * A submission of the idea form as it arrives (netlify/functions/submission-created.mts): only on
 * the production site, once per submission, it becomes a file at once (settle.ts); whatever fails,
 * the idea is kept for the hourly run (round.ts). The payload gives only the submission's id:
 * everything else is read from Netlify's API.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import type { Log } from '../functions/log.ts';
import { PassOnError } from './errors.ts';
import type { GitHub } from './github.ts';
import type { SubmissionSource } from './netlify-forms.ts';
import { askedOnce } from './pass-on.ts';
import { ideaRecords, markerOf, SUBMISSION_ID, type KeptIdea } from './records.ts';
import { noteGitHub, settle, type Settled } from './settle.ts';

export interface Arrival {
  /** The id Netlify gave the submission, as the payload says. */
  submission: unknown;
  /** The deploy context the function acts in (src/lib/functions/build-facts.ts). */
  deployContext: string;
  store: BlobStore;
  /** The services, or the names of the settings that are missing. */
  services: { github: GitHub; submissions: SubmissionSource } | { missing: string[] };
  now: Date;
  run: string;
  log: Log;
}

export type ArrivalResult = Settled | { settled: 'not-production' | 'no-id' | 'seen-before' };

export async function receiveIdea(a: Arrival): Promise<ArrivalResult> {
  if (a.deployContext !== 'production') {
    // The Blobs store is the site's, shared by every deploy: what a preview kept, production would write.
    a.log(
      `Een idee kwam binnen via een deploy die geen productie is (${a.deployContext}): er is niets geschreven of bewaard. Het staat in Netlify Forms.`,
    );
    return { settled: 'not-production' };
  }
  const id = typeof a.submission === 'string' ? a.submission : '';
  if (!SUBMISSION_ID.test(id)) {
    a.log('Een idee zonder geldig nummer van Netlify is genegeerd.');
    return { settled: 'no-id' };
  }
  const records = ideaRecords(a.store);
  const marker = markerOf(a.now, id);
  const kept: KeptIdea = {
    state: 'kept',
    receivedAt: a.now.toISOString(),
    marker,
    attempts: 0,
    claim: { run: a.run, at: a.now.toISOString() },
  };
  // The marker first: a function stopped between the two writes leaves work found, never work lost.
  await records.addMarker(marker, a.now);
  if (!(await records.create(id, kept))) {
    await records.removeMarker(marker);
    a.log(`Inzending ${id} was al ontvangen; er is niets dubbel gedaan.`);
    return { settled: 'seen-before' };
  }
  if ('missing' in a.services) {
    const failure = new PassOnError(
      'settings',
      `niet ingesteld in Netlify: ${a.services.missing.join(', ')}`,
    );
    await records.whileClaimed(id, a.run, ({ claim: _claim, ...k }) => ({
      ...k,
      attempts: 1,
      lastKind: failure.kind,
      lastReason: failure.message,
    }));
    await noteGitHub(a.store, null, failure, a.now);
    a.log(`Idee ${id} bewaard: ${failure.message}. Het wordt in de repository gezet zodra dat gebeurd is.`);
    return { settled: 'kept', failure };
  }
  const { github, submissions } = a.services;
  const settled = await settle(
    { records, github, submissions, now: a.now, run: a.run, log: a.log, asked: askedOnce() },
    id,
    kept,
  );
  if (settled.settled === 'kept') {
    a.log(
      `Idee ${id} nog niet in de repository: ${settled.failure.message}. Het is bewaard en wordt vanzelf opnieuw geprobeerd: de eerste dag elk uur, daarna om de zes uur.`,
    );
  } else if (settled.settled === 'no-slot') {
    a.log(
      `Idee ${id} bewaard: er zijn dit uur al genoeg nieuwe ideeën in de repository gezet. Het volgende uur verder.`,
    );
  }
  await noteGitHub(
    a.store,
    github,
    settled.settled === 'kept'
      ? settled.failure
      : settled.settled === 'written' || settled.settled === 'found'
        ? null
        : 'unchanged',
    a.now,
  );
  return settled;
}
