/**
 * A newsletter round (round.ts) as Netlify's functions run it: settings from Netlify's
 * environment variables, the records in the site-wide Blobs store `nieuwsbrief`, Laposta as the
 * mailing service, the live site at Netlify's URL.
 */
import { randomUUID } from 'node:crypto';
import { openSiteStore } from '../functions/blob-store.ts';
import { functionClock } from '../functions/clock.ts';
import { makeLog } from '../functions/log.ts';
import { missingForMembers, newsletterConfig, unknownModeOf } from './config.ts';
import { laposta } from './laposta.ts';
import { newsletterRound, type RoundResult } from './round.ts';

/** One round; `deployId` for the production deploy that was just published. */
export async function runNewsletterRound(deployId?: string): Promise<RoundResult | 'no-site'> {
  const config = newsletterConfig(process.env);
  const log = makeLog('nieuwsbrief');
  const unknown = unknownModeOf(process.env);
  if (unknown && deployId)
    log(
      `NIEUWSBRIEF_VERZENDEN="${unknown}" ken ik niet (kies uit, concept of verzenden); er wordt niets verstuurd.`,
    );
  // The live site, from Netlify's environment rather than an event: what is online now is what
  // may be announced, and nothing in a request decides where the editions are read from.
  const siteUrl = process.env.URL;
  if (!siteUrl) {
    log('Het adres van de site (URL) ontbreekt in de omgeving: er wordt niets verstuurd.');
    return 'no-site';
  }
  return newsletterRound({
    store: openSiteStore('newsletter'),
    config,
    missingForMembers: missingForMembers(process.env),
    service: laposta(config.laposta),
    siteUrl,
    now: functionClock(),
    run: randomUUID(),
    log,
    ...(deployId ? { deployId } : {}),
  });
}
