/**
 * The site's functions as the files in tests/functions/ run them: Netlify's local emulation
 * (scripts/lib/local-netlify.ts) serving a small site of the file's own as the production deploy,
 * the functions' settings pointing at a stand-in for Laposta that checks every request against
 * its documented API (laposta-stand-in.ts), a stand-in for GitHub's API (github-stand-in.ts), a
 * stand-in for Netlify's API that lists every form post the emulation stored (for the ideas and
 * npm run nieuwsbrief:bijwerken) and a build hook that counts its calls. Every line the functions log is kept, for the check that
 * none shows a key or an address. Time is moved, never waited for: each call of a function runs
 * in a fresh worker with a copy of the environment, so NIEUWSBRIEF_KLOK sets its clock
 * (src/lib/functions/clock.ts).
 *
 * A test file calls useSiteFunctions() once, at its top. The first file a worker runs starts
 * all this, and the worker's later files use it again (the functions project shares its modules
 * within a worker): an emulation costs a second to start and each function half a second more on
 * its first call. Before each file the site is made again and the log emptied; before each test
 * the stores are emptied and the clock, the mode and the stand-ins put back. What the emulations keep on
 * disk goes after the run (tests/functions-scratch.ts). The rest is exported as live bindings, set
 * once it has started.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
import { postDeployEvent } from '../../scripts/lib/deploy-events.ts';
import { serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';
import { amsterdamDay, amsterdamInstant } from '../../src/lib/dates/amsterdam';
import { SITE_STORES } from '../../src/lib/functions/blob-store';
import { NAMES_MOVED } from '../../src/lib/newsletter/old-names';
import type { PublishedEdition } from '../../src/lib/newsletter/published';
import { EDITIONS, PENDING, type EditionRecord } from '../../src/lib/newsletter/records';
import type { StatusJson } from '../../src/lib/publishing/status-json';
import { urls } from '../../src/lib/urls/routes';
import { startGitHubStandIn, type GitHubStandIn } from './github-stand-in';
import { startLapostaStandIn, type LapostaStandIn } from './laposta-stand-in';
import {
  STAND_IN_SITE,
  STAND_IN_TOKEN,
  startNetlifyApiStandIn,
  type NetlifyApiStandIn,
} from './netlify-api-stand-in';

export const TEST_ADDRESS = 'redactie-test@westwint.example';
export const RESIDENT = 'bewoner@voorbeeld.example';

/** The functions' clock: a morning in Amsterdam unless a test moves it. */
export const MORNING = amsterdamInstant('2026-12-01', '10:00')!;
export const today = amsterdamDay(MORNING);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const inAmsterdam = (day: string, time: string) => amsterdamInstant(day, time)!;

export const edition = (
  number: number,
  date: string,
  title = `Nieuwsbrief Heilust, editie ${number}`,
): PublishedEdition => ({
  edition: number,
  title,
  date,
  page: `/nieuwsbrief/heilust-${number}/`,
  mail: `/nieuwsbrief/heilust-${number}/mail/`,
});
export const ARCHIVE = [edition(7, '2016-12-19'), edition(8, '2017-09-25')];

export let site: string;
export let server: LocalNetlify;
export let laposta: LapostaStandIn;
export let netlifyApi: NetlifyApiStandIn;
export let github: GitHubStandIn;
let hook: Server;
let hookCalls = 0;
/** The current test's log lines, and every line of the file's runs. */
export const logs: string[] = [];
const everyLog: string[] = [];
const write = process.stdout.write.bind(process.stdout);

/** Lines printed elsewhere (a command the test ran), kept with the functions' own. */
export function keepLogLines(lines: readonly string[]): void {
  logs.push(...lines);
  everyLog.push(...lines);
}

/** How often the build hook was called in this test. */
export const buildHookCalls = () => hookCalls;

export function setClock(instant: Date): void {
  process.env.NIEUWSBRIEF_KLOK = instant.toISOString();
}

/** The deploy's files: its editions and each one's mail page. */
export function publish(editions: PublishedEdition[]): void {
  writeFileSync(join(site, 'nieuwsbrief/edities.json'), JSON.stringify({ editions }));
  for (const e of editions) {
    mkdirSync(join(site, e.mail), { recursive: true });
    writeFileSync(
      join(site, e.mail, 'index.html'),
      `<!doctype html><html lang="nl"><title>${e.title}</title><p>De mail van editie ${e.edition}.</p></html>`,
    );
  }
}

/** Netlify's deploy succeeded event, as the platform sends it to the newsletter's function. */
export function deployEvent(context: string, id = 'deploy-1'): Promise<Response> {
  return postDeployEvent(
    server.url,
    'deploy_succeeded',
    { id, createdAt: new Date().toISOString(), context },
    'nieuwsbrief-editie',
  );
}

export async function deploy(editions: PublishedEdition[], context = 'production'): Promise<void> {
  publish(editions);
  const response = await deployEvent(context);
  expect(response.status).toBe(200);
}

/** The hourly run, as Netlify's scheduler calls it, at the given moment. */
export async function hourly(at: Date): Promise<void> {
  setClock(at);
  const response = await fetch(`${server.url}/.netlify/functions/elk-uur`, {
    method: 'POST',
    body: JSON.stringify({ next_run: new Date(at.getTime() + HOUR).toISOString() }),
  });
  expect(response.status).toBe(204);
}

/** A newsletter sign-up posted as the browser posts it. */
export function postSignUp(fields: Record<string, string>) {
  return fetch(`${server.url}/nieuwsbrief/aangemeld/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      referer: 'https://www.westwint.nl/nieuwsbrief/',
    },
    body: new URLSearchParams({ 'form-name': 'nieuwsbrief-aanmelding', 'bot-veld': '', ...fields }),
  });
}

/** /admin/status.json as the editor reads it. */
export async function editorStatus(): Promise<{ body: StatusJson; text: string; response: Response }> {
  const response = await fetch(`${server.url}${urls.publishStatus()}`);
  const text = await response.text();
  return { body: JSON.parse(text) as StatusJson, text, response };
}

export const newsletterStore = () => getStore({ name: SITE_STORES.newsletter, consistency: 'strong' });

export async function recordOf(number: number): Promise<EditionRecord | null> {
  return (await newsletterStore().get(`${EDITIONS}${number}`, { type: 'json' })) as EditionRecord | null;
}

/** What waits for a later run, beside the key that says the old names were moved. */
export const waiting = async () =>
  (await newsletterStore().list({ prefix: PENDING })).blobs
    .map((b) => b.key)
    .filter((key) => key !== NAMES_MOVED);

export const sends = () => laposta.requests.filter((r) => r.path.endsWith('/action/send'));
export const newsletterLogs = () => logs.filter((line) => line.startsWith('[nieuwsbrief]'));

/**
 * The live site (Netlify's URL, which the functions read their editions from) in front of the
 * emulation, holding back its list of editions until `runs` runs have asked for it.
 */
export async function liveSiteAnsweringTogether(runs: number) {
  let asked = 0;
  let answerAll!: () => void;
  const together = new Promise<void>((done) => (answerAll = done));
  const live = createServer(async (req, res) => {
    if (req.url === urls.editionsData() && ++asked === runs) answerAll();
    if (req.url === urls.editionsData()) await together;
    const response = await fetch(new URL(req.url ?? '/', server.url));
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'text/plain' });
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((done) => live.listen(0, '127.0.0.1', done));
  const emulation = process.env.URL;
  process.env.URL = `http://127.0.0.1:${(live.address() as AddressInfo).port}`;
  return {
    editionsRead: () => asked,
    close: async () => {
      process.env.URL = emulation;
      answerAll();
      await new Promise((done) => live.close(done));
    },
  };
}

const OLD_KEYS = /^(editie|wacht|teller)\//;
const ARCHIVED_LONG_AGO = '2020-01-01T00:00:00.000Z';

/**
 * The newsletter's store as the code of before left it, under its Dutch names: 7 and 8 archived,
 * 9 failed and due again an hour after MORNING (with its marker), a kept sign-up, two expired.
 */
export async function storeWithOldNames(): Promise<void> {
  const old = newsletterStore();
  for (const e of ARCHIVE)
    await old.setJSON(`editie/${e.edition}`, {
      state: 'archief',
      at: ARCHIVED_LONG_AGO,
      reason: 'stond al online toen het mailen begon',
      firstSeen: ARCHIVED_LONG_AGO,
      title: e.title,
      date: e.date,
    });
  await old.setJSON('wacht/editie/9', { since: MORNING.toISOString() });
  await old.setJSON('editie/9', {
    state: 'mislukt',
    run: 'een-oude-run',
    at: MORNING.toISOString(),
    reason: 'Laposta gaf geen antwoord',
    attempts: 1,
    nextAttempt: new Date(MORNING.getTime() + HOUR).toISOString(),
    firstSeen: MORNING.toISOString(),
    title: 'Nieuwsbrief Heilust, editie 9',
    date: today,
  });
  await old.setJSON(`wacht/aanmelding/${MORNING.getTime()}-${randomUUID()}`, {
    email: RESIDENT,
    ip: '192.0.2.7',
    sourceUrl: 'https://www.westwint.nl/nieuwsbrief/',
    receivedAt: MORNING.toISOString(),
    attempts: 1,
    lastReason: 'Laposta gaf geen antwoord',
  });
  await old.setJSON('teller/aanmeldingen-vervallen', { count: 2, last: MORNING.toISOString() });
}

/** Every key in the newsletter's store under a Dutch name of before. */
export const oldKeys = async () =>
  (await newsletterStore().list()).blobs.map((b) => b.key).filter((key) => OLD_KEYS.test(key));

async function clearStore(name: string): Promise<void> {
  const store = getStore(name);
  for (const { key } of (await store.list()).blobs) await store.delete(key);
}

/** The deploy's files before any test publishes editions: the pages the functions answer with. */
function makeSite(): void {
  for (const entry of readdirSync(site)) rmSync(join(site, entry), { recursive: true, force: true });
  const pages = {
    'index.html': '<!doctype html><title>West</title>',
    '404.html': '<!doctype html><title>Niet gevonden</title>',
    'admin/index.html': '<!doctype html><title>Redactie</title>',
    'nieuwsbrief/aangemeld/index.html': '<!doctype html><title>Bijna klaar</title>',
    'ideeen/bedankt/index.html': '<!doctype html><title>Bedankt</title>',
    _redirects: '',
  };
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), text);
  }
}

async function startEmulation(): Promise<void> {
  const scratch = inject('functionsScratch');
  laposta = await startLapostaStandIn();
  netlifyApi = await startNetlifyApiStandIn();
  github = await startGitHubStandIn();
  hook = createServer((req, res) => {
    if (req.method === 'POST') hookCalls += 1;
    res.end('ok');
  });
  await new Promise<void>((done) => hook.listen(0, '127.0.0.1', done));
  site = mkdtempSync(join(scratch, 'westwint-deploy-'));
  makeSite();
  server = await serveWithNetlify(site, {
    scratchDir: scratch,
    deployContext: 'production',
    // Netlify Forms stores every submission, and its API lists them, before the function runs.
    onSubmission: ({ form_name, ...submission }) =>
      netlifyApi.forms.set(form_name, [...(netlifyApi.forms.get(form_name) ?? []), submission]),
    env: {
      LAPOSTA_API_KEY: laposta.apiKey,
      LAPOSTA_LIST_ID: laposta.listId,
      LAPOSTA_AFZENDER_NAAM: 'West wint aan ruimte',
      LAPOSTA_AFZENDER_EMAIL: 'nieuwsbrief@westwint.example',
      LAPOSTA_API_URL: laposta.url,
      LAPOSTA_TIMEOUT_MS: '1500',
      NIEUWSBRIEF_TESTADRES: TEST_ADDRESS,
      BUILD_HOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/build_hooks/test`,
      GITHUB_TOKEN: github.token,
      GITHUB_API_URL: github.url,
      NETLIFY_AUTH_TOKEN: STAND_IN_TOKEN,
      NETLIFY_API_URL: netlifyApi.url,
      SITE_ID: STAND_IN_SITE,
    },
  });
}

/** The worker's emulation, started by the first file that asks. */
let emulation: Promise<void> | undefined;

export function useSiteFunctions(): void {
  beforeAll(async () => {
    await (emulation ??= startEmulation());
    makeSite();
    everyLog.length = 0;
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      keepLogLines(String(chunk).split('\n').filter(Boolean));
      return write(chunk, ...rest);
    }) as typeof process.stdout.write;
  });

  afterAll(() => {
    process.stdout.write = write;
    delete process.env.NIEUWSBRIEF_KLOK;
  });

  beforeEach(async () => {
    laposta.reset();
    github.reset();
    netlifyApi.reset();
    logs.length = 0;
    hookCalls = 0;
    for (const name of Object.values(SITE_STORES)) await clearStore(name);
    process.env.NIEUWSBRIEF_VERZENDEN = 'verzenden';
    setClock(MORNING);
  });
}

/**
 * For the file's last test: no line any of its runs logged shows an API key, a hook address or an
 * e-mail address; and at least `least` lines of the functions were looked at.
 */
export function expectCleanLogs(least: number): void {
  const lines = everyLog.filter((line) =>
    /^\[(nieuwsbrief|aanmelding|bijwerken|geplande publicatie|ideeën|elk uur)\]/.test(line),
  );
  expect(lines.length).toBeGreaterThanOrEqual(least);
  for (const line of everyLog) {
    expect(line).not.toContain(laposta.apiKey);
    expect(line).not.toContain(github.token);
    expect(line).not.toContain(STAND_IN_TOKEN);
    expect(line).not.toContain('/build_hooks/');
    expect(line).not.toMatch(/[^\s@[]+@[^\s@\]]+\.[a-z]+/);
  }
}
