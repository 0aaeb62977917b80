#!/usr/bin/env node
/**
 * What the newsletter's hourly run costs (npm run bench:nieuwsbrief). Not a test: it prints
 * figures for docs/performance.md.
 *
 * Netlify's local emulation serves an empty site with the functions and Blobs. Then:
 * 1. the round itself (src/lib/newsletter/round.ts), in this process against the emulation's
 *    Blobs, through a store that counts its calls: when nothing waits, and with one kept sign-up
 *    while Laposta is down;
 * 2. the hourly function as Netlify's scheduler calls it, when nothing waits, counting every
 *    request that reaches the Laposta stand-in or the site.
 * Options: --runs N (default 30).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveWithNetlify } from './lib/local-netlify.ts';
import { openSiteStore } from '../src/lib/functions/blob-store.ts';
import { newsletterConfig } from '../src/lib/newsletter/config.ts';
import { laposta } from '../src/lib/newsletter/laposta.ts';
import { SIGN_UP_PREFIX } from '../src/lib/newsletter/records.ts';
import { newsletterRound } from '../src/lib/newsletter/round.ts';
import { keepSignUp } from '../src/lib/newsletter/sign-up.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const RUNS = Number(args.runs);

/** A Laposta that is down: every request answered 503, and counted. */
let lapostaRequests = 0;
const down = createServer((_request, res) => {
  lapostaRequests += 1;
  res
    .writeHead(503, { 'content-type': 'application/json' })
    .end('{"error":{"type":"internal","message":"down"}}');
});
await new Promise((done) => down.listen(0, '127.0.0.1', done));
const lapostaUrl = `http://127.0.0.1:${down.address().port}/v2`;

const site = mkdtempSync(join(tmpdir(), 'westwint-bench-newsletter-'));
for (const [file, text] of Object.entries({
  'index.html': '<!doctype html><title>West</title>',
  '404.html': '<!doctype html><title>Niet gevonden</title>',
  'nieuwsbrief/edities.json': '{"editions":[]}',
  _redirects: '',
})) {
  mkdirSync(join(site, file, '..'), { recursive: true });
  writeFileSync(join(site, file), text);
}
const env = {
  NIEUWSBRIEF_VERZENDEN: 'verzenden',
  LAPOSTA_API_KEY: 'benchmark',
  LAPOSTA_LIST_ID: 'benchmark',
  LAPOSTA_AFZENDER_NAAM: 'West wint aan ruimte',
  LAPOSTA_AFZENDER_EMAIL: 'nieuwsbrief@westwint.example',
  LAPOSTA_API_URL: lapostaUrl,
};
const server = await serveWithNetlify(site, { env });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (n) => `${n.toFixed(1)} ms`;

/** The emulation's store, counting each call. */
function counting(calls) {
  const store = openSiteStore('newsletter');
  return {
    getWithMetadata: (...a) => (calls.push('get'), store.getWithMetadata(...a)),
    setJSON: (...a) => (calls.push('set'), store.setJSON(...a)),
    list: (...a) => (calls.push('list'), store.list(...a)),
    delete: (...a) => (calls.push('delete'), store.delete(...a)),
  };
}

async function timeRounds(label) {
  const times = [];
  let calls = [];
  const config = newsletterConfig(env);
  for (let i = 0; i < RUNS; i++) {
    calls = [];
    const started = performance.now();
    await newsletterRound({
      store: counting(calls),
      config,
      missingForMembers: [],
      service: laposta(config.laposta),
      siteUrl: server.url,
      now: new Date(),
      run: `bench-${i}`,
      log: () => {},
    });
    times.push(performance.now() - started);
  }
  console.log(
    `${label}: median ${ms(median(times))} over ${RUNS} runs; store calls per run: ${calls.length} (${calls.join(', ')})`,
  );
}

try {
  lapostaRequests = 0;
  server.takeSent();
  await timeRounds('Round, nothing waiting');
  const quiet = { laposta: lapostaRequests, site: server.takeSent().length };

  await keepSignUp(
    openSiteStore('newsletter'),
    { email: 'bench@voorbeeld.example', ip: '192.0.2.1', sourceUrl: '/' },
    new Date(),
    new Error('down'),
  );
  lapostaRequests = 0;
  await timeRounds('Round, one kept sign-up, Laposta down');
  console.log(
    `  requests to Laposta: ${lapostaRequests} (one per run), to the site: ${server.takeSent().length}`,
  );
  for (const { key } of (await openSiteStore('newsletter').list({ prefix: SIGN_UP_PREFIX })).blobs)
    await openSiteStore('newsletter').delete(key);

  const invocations = [];
  lapostaRequests = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const response = await fetch(`${server.url}/.netlify/functions/elk-uur`, {
      method: 'POST',
      body: '{}',
    });
    await response.arrayBuffer();
    invocations.push(performance.now() - started);
  }
  const sent = server.takeSent().filter((file) => !file.path.startsWith('/.netlify/functions/'));
  console.log(
    `Hourly function through the local emulation, nothing waiting: median ${ms(median(invocations))} (a fresh worker thread per call, the emulation's own cost)`,
  );
  console.log(
    `  requests from the rounds and the function to Laposta: ${quiet.laposta + lapostaRequests}, to the site: ${quiet.site + sent.length}`,
  );
} finally {
  await server.close();
  await new Promise((done) => down.close(done));
  rmSync(site, { recursive: true, force: true });
}
