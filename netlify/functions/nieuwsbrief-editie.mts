/**
 * When a production deploy is published: announce each new edition of the Nieuwsbrief Heilust to
 * the subscribers (src/lib/newsletter/announce.ts), reading the editions from the live site.
 * Deploy previews and branch deploys never send, whatever their content.
 */
import { getStore } from '@netlify/blobs';
import type { DeploySucceededEvent } from '@netlify/functions';
import { randomUUID } from 'node:crypto';
import { amsterdamDay } from '../../src/lib/dates/amsterdam.ts';
import { announceNewEditions } from '../../src/lib/newsletter/announce.ts';
import { newsletterConfig, unknownModeOf } from '../../src/lib/newsletter/config.ts';
import { laposta } from '../../src/lib/newsletter/laposta.ts';
import { makeLog } from '../../src/lib/newsletter/log.ts';
import { readEditionsFile } from '../../src/lib/newsletter/published.ts';
import type { BlobStore } from '../../src/lib/blob-store.ts';
import { editionRecords } from '../../src/lib/newsletter/records.ts';
import { urls } from '../../src/lib/urls/routes.ts';

/** Where the records live: one site-wide store, read with strong consistency. */
export const NEWSLETTER_STORE = 'nieuwsbrief';

export default {
  async deploySucceeded({ deploy }: DeploySucceededEvent) {
    const config = newsletterConfig(process.env);
    const log = makeLog('nieuwsbrief', config.secrets);
    if (deploy.context !== 'production') {
      log(`Deploy ${deploy.id} is geen productie-deploy (${deploy.context}): er wordt niets verstuurd.`);
      return;
    }
    const unknown = unknownModeOf(process.env);
    if (unknown) log(`NIEUWSBRIEF_VERZENDEN="${unknown}" ken ik niet (kies uit, concept of verzenden); er wordt niets verstuurd.`);
    if (config.missing.length > 0) {
      log(`Niet ingesteld in Netlify: ${config.missing.join(', ')}. Er wordt niets verstuurd tot dat gebeurd is.`);
      return;
    }
    // The live site, from Netlify's environment rather than the event: what is online now is what
    // may be announced, and nothing in a request decides where the editions are read from.
    const siteUrl = process.env.URL;
    if (!siteUrl) {
      log('Het adres van de site (URL) ontbreekt in de omgeving: er wordt niets verstuurd.');
      return;
    }
    const addressOf = (path: string) => new URL(path, siteUrl).href;
    let editions;
    try {
      const response = await fetch(addressOf(urls.editionsData()), { signal: AbortSignal.timeout(20_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      editions = readEditionsFile(await response.json());
    } catch (error) {
      log(`De lijst met edities op ${siteUrl} kon niet worden gelezen na deploy ${deploy.id} (${(error as Error).message}); er wordt niets verstuurd.`);
      return;
    }
    const store = getStore({ name: NEWSLETTER_STORE, consistency: 'strong' }) as unknown as BlobStore;
    await announceNewEditions({
      editions,
      records: editionRecords(store),
      service: laposta(config.laposta),
      mode: config.mode,
      testAddress: config.testAddress,
      addressOf,
      run: randomUUID(),
      today: amsterdamDay(new Date()),
      log,
    });
  },
};
