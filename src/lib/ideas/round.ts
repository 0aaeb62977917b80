/**
 * The ideas' part of the hourly run (netlify/functions/elk-uur.mts): every kept idea that is due
 * (rules.ts) is passed on again, oldest first, one claimed at a time with a write that only
 * succeeds if nobody wrote in between, so two runs at once never pass one idea twice. It lists
 * `pending/` first: when nothing waits, that one read of the store is all it does. It stops at the
 * first failure (GitHub or Netlify down, a setting wrong: the rest would fail the same way), when
 * the hour's files are given (FILES_PER_HOUR), and before Netlify would stop the function.
 */
import { plural } from '../../strings/format.ts';
import type { BlobStore } from '../functions/blob-store.ts';
import type { Log } from '../functions/log.ts';
import { PassOnError } from './errors.ts';
import type { GitHub } from './github.ts';
import type { SubmissionSource } from './netlify-forms.ts';
import { askedOnce, type PassOn } from './pass-on.ts';
import { ideaRecords, isClaimed, readMarker, type KeptIdea } from './records.ts';
import { FILES_PER_HOUR, isDue } from './rules.ts';
import { noteGitHub, settle } from './settle.ts';

export interface IdeasRound {
  store: BlobStore;
  services: { github: GitHub; submissions: SubmissionSource } | { missing: string[] };
  now: Date;
  run: string;
  log: Log;
  /** True once the run should start nothing new (the function's time is nearly up). */
  outOfTime?: () => boolean;
}

export interface IdeasRoundResult {
  waiting: number;
  written: number;
  madeUp: number;
  /** Why the round stopped early, if it did. */
  stopped?: 'failure' | 'no-slot' | 'time' | 'settings-missing';
}

export async function ideasRound(r: IdeasRound): Promise<IdeasRoundResult> {
  const records = ideaRecords(r.store);
  const markers = await records.markers();
  const result: IdeasRoundResult = { waiting: markers.length, written: 0, madeUp: 0 };
  if (markers.length === 0) return result;
  if ('missing' in r.services) {
    const failure = new PassOnError(
      'settings',
      `niet ingesteld in Netlify: ${r.services.missing.join(', ')}`,
    );
    await noteGitHub(r.store, null, failure, r.now);
    r.log(
      `Niet ingesteld in Netlify: ${r.services.missing.join(', ')}. ${plural(markers.length, { one: 'bewaard idee wacht', other: 'bewaarde ideeën wachten' })} tot dat gebeurd is.`,
    );
    return { ...result, stopped: 'settings-missing' };
  }
  const p: PassOn = { records, ...r.services, now: r.now, run: r.run, log: r.log, asked: askedOnce() };
  let outcome: PassOnError | null | 'unchanged' = 'unchanged';
  for (const marker of markers) {
    if (r.outOfTime?.()) {
      result.stopped = 'time';
      break;
    }
    const named = readMarker(marker);
    if (!named) continue;
    const kept = await claim(records, named, marker, r);
    if (!kept) continue;
    const settled = await settle(p, named.id, kept);
    if (settled.settled === 'written' || settled.settled === 'found') {
      result.written += 1;
      outcome = null;
    } else if (settled.settled === 'made-up') result.madeUp += 1;
    else if (settled.settled === 'no-slot') {
      r.log(
        `Er zijn dit uur al ${FILES_PER_HOUR} nieuwe ideeën in de repository gezet; de rest volgt het volgende uur.`,
      );
      result.stopped = 'no-slot';
      break;
    } else if (settled.settled === 'kept') {
      outcome = settled.failure;
      r.log(
        `Bewaarde ideeën nog niet in de repository: ${settled.failure.message}. Ze blijven bewaard en worden later opnieuw geprobeerd.`,
      );
      result.stopped = 'failure';
      break;
    }
  }
  if (result.written > 0)
    r.log(
      `${plural(result.written, { one: 'bewaard idee', other: 'bewaarde ideeën' })} in de repository gezet.`,
    );
  await noteGitHub(r.store, r.services.github, outcome, r.now);
  return result;
}

/**
 * The idea a marker names, claimed for this run; null when it is not due, another run holds it,
 * or it was written already (then the marker goes). A marker without a record (a function stopped
 * between the two writes) gets its record now.
 */
async function claim(
  records: ReturnType<typeof ideaRecords>,
  named: { id: string; receivedAt: Date },
  marker: string,
  r: IdeasRound,
): Promise<KeptIdea | null> {
  const at = r.now.toISOString();
  const found = await records.read(named.id);
  if (!found) {
    const kept: KeptIdea = {
      state: 'kept',
      receivedAt: named.receivedAt.toISOString(),
      marker,
      attempts: 0,
      claim: { run: r.run, at },
    };
    return (await records.create(named.id, kept)) ? kept : null;
  }
  const { record, etag } = found;
  if (record.state === 'written' || record.marker !== marker) {
    // Written, or a second arrival's marker: the record's own marker is the one that counts.
    await records.removeMarker(marker);
    return null;
  }
  if (isClaimed(record, r.now) || !isDue(record.nextAttempt, r.now)) return null;
  const kept: KeptIdea = { ...record, claim: { run: r.run, at } };
  return (await records.replace(named.id, kept, etag)) ? kept : null;
}
