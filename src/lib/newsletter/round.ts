/**
 * One round of the newsletter's work, the same for every production deploy (nieuwsbrief-editie)
 * and for the hourly run (elk-uur), so nothing waits for a person:
 * 1. what waits is listed, one read of the store (`pending/`; the first round after the update
 *    moves the Dutch names of before, old-names.ts); the hourly run stops there when nothing does;
 * 2. the editions online are read from the live site when a deploy asks, or when an edition's
 *    retry or morning is due, or a draft is followed; each is announced (announce.ts);
 * 3. sign-ups Laposta did not take are passed on again (sign-up.ts).
 * A deploy first leaves a marker, so a deploy whose editions could not be read is read by the
 * next hourly run.
 */
import type { BlobStore } from '../functions/blob-store.ts';
import type { Log } from '../functions/log.ts';
import { urls } from '../urls/routes.ts';
import { announceEditions, settleOffline } from './announce.ts';
import type { NewsletterConfig } from './config.ts';
import type { MailingService } from './mailing-service.ts';
import { readEditionsFile, type PublishedEdition } from './published.ts';
import { listPending } from './old-names.ts';
import {
  DEPLOY_MARKERS,
  deployMarker,
  EDITION_MARKERS,
  editionMarker,
  editionRecords,
  SIGN_UP_PREFIX,
} from './records.ts';
import { nextFor } from './rules.ts';
import { retryKeptSignUps } from './sign-up.ts';

export interface Round {
  store: BlobStore;
  config: NewsletterConfig;
  /** The variables adding a member needs that are missing. */
  missingForMembers: readonly string[];
  service: MailingService;
  /** The live site's address (Netlify's URL). */
  siteUrl: string;
  now: Date;
  run: string;
  log: Log;
  /** The production deploy that was just published; none for the hourly run. */
  deployId?: string;
  /** Reads a file of the live site (tests give their own). */
  fetchJson?: (url: string) => Promise<unknown>;
}

export type RoundResult = 'nothing-waiting' | 'done';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

export async function newsletterRound(r: Round): Promise<RoundResult> {
  if (r.deployId) await r.store.setJSON(deployMarker(r.deployId), { at: r.now.toISOString() });
  const waiting = await listPending(r.store, r.now, r.log);
  if (waiting.length === 0) return 'nothing-waiting';

  const deploys = waiting.filter((key) => key.startsWith(DEPLOY_MARKERS));
  const marked = waiting
    .filter((key) => key.startsWith(EDITION_MARKERS))
    .map((key) => Number(key.slice(EDITION_MARKERS.length)));
  const records = editionRecords(r.store);

  if (deploys.length > 0 || marked.length > 0) {
    if (r.config.missing.length > 0) {
      r.log(
        `Niet ingesteld in Netlify: ${r.config.missing.join(', ')}. Er wordt niets verstuurd tot dat gebeurd is.`,
      );
      // As before announcing could retry: what a deploy put online then is looked at by the next deploy.
      for (const key of deploys) await r.store.delete(key);
    } else {
      // Markers of editions with nothing left to do are cleared; the rest decides whether the site is read.
      const due: number[] = [];
      for (const number of marked) {
        const found = await records.read(number);
        const next = found ? nextFor(found.record, r.now) : 'done';
        if (next === 'done') await r.store.delete(editionMarker(number));
        else if (next !== 'wait') due.push(number);
      }
      if (deploys.length > 0 || due.length > 0) await announceFromSite(r, due, deploys);
    }
  }
  if (waiting.some((key) => key.startsWith(SIGN_UP_PREFIX))) {
    if (r.missingForMembers.length > 0)
      r.log(
        `Niet ingesteld in Netlify: ${r.missingForMembers.join(', ')}. Bewaarde aanmeldingen wachten tot dat gebeurd is.`,
      );
    else
      await retryKeptSignUps({
        store: r.store,
        service: r.service,
        now: r.now,
        run: r.run,
        log: r.log,
      });
  }
  return 'done';
}

/** Reads the editions online and announces them; the deploys' markers go once that succeeded. */
async function announceFromSite(r: Round, due: readonly number[], deploys: readonly string[]): Promise<void> {
  const addressOf = (path: string) => new URL(path, r.siteUrl).href;
  let editions: PublishedEdition[];
  try {
    editions = readEditionsFile(await (r.fetchJson ?? fetchJson)(addressOf(urls.editionsData())));
  } catch (error) {
    r.log(
      `De lijst met edities op ${r.siteUrl} kon niet worden gelezen (${(error as Error).message}); het volgende uur opnieuw.`,
    );
    return;
  }
  const announcement = {
    editions,
    records: editionRecords(r.store),
    service: r.service,
    mode: r.config.mode,
    testAddress: r.config.testAddress,
    addressOf,
    run: r.run,
    now: r.now,
    log: r.log,
    deploy: Boolean(r.deployId),
  };
  await announceEditions(announcement);
  await settleOffline(announcement, due);
  for (const key of deploys) await r.store.delete(key);
}
