/**
 * The newsletter's functions, run by Netlify's local emulation (scripts/lib/local-netlify.ts) as
 * Netlify runs them, with Blobs from @netlify/blobs' local server, against a stand-in for Laposta
 * that checks every request against its documented API (tests/helpers/laposta-stand-in.ts):
 * - nieuwsbrief-editie on a deploy event: one mail per new edition, from production deploys only;
 * - nieuwsbrief-elk-uur on its schedule: retries, the morning's mails, kept sign-ups, with nobody acting;
 * - submission-created on a form post: the sign-up passed on with its IP address and page, or kept;
 * - /admin/status.json: what the editor is told, with nothing personal;
 * - geplande-publicatie on its schedule: the build hook only on a day an item waits for;
 * - npm run nieuwsbrief:bijwerken: the sign-ups Laposta missed added afterwards.
 * Every log line of the run is checked for keys and addresses at the end. Time is moved, never
 * waited for: each call of a function runs in a fresh worker with a copy of the environment, so
 * NIEUWSBRIEF_KLOK sets its clock (src/lib/functions/clock.ts).
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { StatusJson } from '../../src/lib/publishing/status-json';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';
import { amsterdamDay, amsterdamInstant } from '../../src/lib/dates/amsterdam';
import { campaignName } from '../../src/lib/newsletter/announce';
import { urls } from '../../src/lib/urls/routes';
import { NAMES_MOVED } from '../../src/lib/newsletter/old-names';
import type { PublishedEdition } from '../../src/lib/newsletter/published';
import type { EditionRecord } from '../../src/lib/newsletter/records';
import { startLapostaStandIn, type LapostaStandIn } from '../helpers/laposta-stand-in';
import {
  STAND_IN_SITE,
  STAND_IN_TOKEN,
  startNetlifyApiStandIn,
  type NetlifyApiStandIn,
} from '../helpers/netlify-api-stand-in';

const execFileAsync = promisify(execFile);
const TEST_ADDRESS = 'redactie-test@westwint.example';
const RESIDENT = 'bewoner@voorbeeld.example';

/** The functions' clock: a morning in Amsterdam unless a test moves it. */
const MORNING = amsterdamInstant('2026-12-01', '10:00')!;
const today = amsterdamDay(MORNING);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let clock = MORNING;
function setClock(instant: Date): void {
  clock = instant;
  process.env.NIEUWSBRIEF_KLOK = instant.toISOString();
}
const inAmsterdam = (day: string, time: string) => amsterdamInstant(day, time)!;

let site: string;
let server: LocalNetlify;
let laposta: LapostaStandIn;
let netlifyApi: NetlifyApiStandIn;
let hook: Server;
let hookCalls = 0;
/** This test's log lines, and every line of the file's runs. */
const logs: string[] = [];
const everyLog: string[] = [];
const write = process.stdout.write.bind(process.stdout);

const edition = (
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
const ARCHIVE = [edition(7, '2016-12-19'), edition(8, '2017-09-25')];

/** The deploy's files: its editions and each one's mail page. */
function publish(editions: PublishedEdition[]): void {
  writeFileSync(join(site, 'nieuwsbrief/edities.json'), JSON.stringify({ editions }));
  for (const e of editions) {
    mkdirSync(join(site, e.mail), { recursive: true });
    writeFileSync(
      join(site, e.mail, 'index.html'),
      `<!doctype html><html lang="nl"><title>${e.title}</title><p>De mail van editie ${e.edition}.</p></html>`,
    );
  }
}

/** Netlify's deploy succeeded event, as the platform sends it to the function. */
function deployEvent(context: string, id = 'deploy-1') {
  return fetch(`${server.url}/.netlify/functions/nieuwsbrief-editie`, {
    method: 'POST',
    headers: { 'x-netlify-event': 'deploy_succeeded', 'content-type': 'application/json' },
    body: JSON.stringify({
      payload: {
        id,
        site_id: 'westwint',
        state: 'ready',
        created_at: new Date().toISOString(),
        context,
        url: server.url,
        ssl_url: server.url,
        deploy_ssl_url: server.url,
        branch: 'main',
      },
      site: {
        id: 'westwint',
        name: 'westwint',
        url: 'https://www.westwint.nl',
        admin_url: 'https://app.netlify.com/sites/westwint',
      },
    }),
  });
}

async function deploy(editions: PublishedEdition[], context = 'production'): Promise<void> {
  publish(editions);
  const response = await deployEvent(context);
  expect(response.status).toBe(200);
}

const store = () => getStore({ name: 'nieuwsbrief', consistency: 'strong' });
async function recordOf(number: number): Promise<EditionRecord | null> {
  return (await store().get(`edition/${number}`, { type: 'json' })) as EditionRecord | null;
}
async function clearStore(name: string): Promise<void> {
  const s = getStore(name);
  for (const { key } of (await s.list()).blobs) await s.delete(key);
}

const sends = () => laposta.requests.filter((r) => r.path.endsWith('/action/send'));
const newsletterLogs = () => logs.filter((line) => line.startsWith('[nieuwsbrief]'));

beforeAll(async () => {
  laposta = await startLapostaStandIn();
  netlifyApi = await startNetlifyApiStandIn();
  hook = createServer((req, res) => {
    if (req.method === 'POST') hookCalls += 1;
    res.end('ok');
  });
  await new Promise<void>((done) => hook.listen(0, '127.0.0.1', done));
  site = mkdtempSync(join(tmpdir(), 'westwint-deploy-'));
  const pages = {
    'index.html': '<!doctype html><title>West</title>',
    '404.html': '<!doctype html><title>Niet gevonden</title>',
    'nieuwsbrief/aangemeld/index.html': '<!doctype html><title>Bijna klaar</title>',
    'ideeen/bedankt/index.html': '<!doctype html><title>Bedankt</title>',
    _redirects: '',
  };
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), text);
  }
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    const lines = String(chunk).split('\n').filter(Boolean);
    logs.push(...lines);
    everyLog.push(...lines);
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  server = await serveWithNetlify(site, {
    env: {
      LAPOSTA_API_KEY: laposta.apiKey,
      LAPOSTA_LIST_ID: laposta.listId,
      LAPOSTA_AFZENDER_NAAM: 'West wint aan ruimte',
      LAPOSTA_AFZENDER_EMAIL: 'nieuwsbrief@westwint.example',
      LAPOSTA_API_URL: laposta.url,
      LAPOSTA_TIMEOUT_MS: '1500',
      NIEUWSBRIEF_TESTADRES: TEST_ADDRESS,
      BUILD_HOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/build_hooks/test`,
    },
  });
});

afterAll(async () => {
  process.stdout.write = write;
  await server?.close();
  await laposta?.close();
  await netlifyApi?.close();
  await new Promise((done) => hook?.close(done));
  if (site) rmSync(site, { recursive: true, force: true });
});

beforeEach(async () => {
  laposta.reset();
  logs.length = 0;
  hookCalls = 0;
  await clearStore('nieuwsbrief');
  await clearStore('geplande-publicatie');
  process.env.NIEUWSBRIEF_VERZENDEN = 'verzenden';
  setClock(MORNING);
});

afterAll(() => {
  delete process.env.NIEUWSBRIEF_KLOK;
});

/** The hourly run, as Netlify's scheduler calls it, at the given moment. */
async function hourly(at: Date): Promise<void> {
  setClock(at);
  const response = await fetch(`${server.url}/.netlify/functions/nieuwsbrief-elk-uur`, {
    method: 'POST',
    body: JSON.stringify({ next_run: new Date(at.getTime() + HOUR).toISOString() }),
  });
  expect(response.status).toBe(204);
}

async function editorStatus(): Promise<{ body: StatusJson; text: string; response: Response }> {
  const response = await fetch(`${server.url}/admin/status.json`);
  const text = await response.text();
  return { body: JSON.parse(text) as StatusJson, text, response };
}

/**
 * The live site (Netlify's URL, which the functions read their editions from) in front of the
 * emulation, holding back its list of editions until `runs` runs have asked for it.
 */
async function liveSiteAnsweringTogether(runs: number) {
  let asked = 0;
  let answerAll!: () => void;
  const together = new Promise<void>((done) => (answerAll = done));
  const site = createServer(async (req, res) => {
    if (req.url === urls.editionsData() && ++asked === runs) answerAll();
    if (req.url === urls.editionsData()) await together;
    const response = await fetch(new URL(req.url ?? '/', server.url));
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'text/plain' });
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  const emulation = process.env.URL;
  process.env.URL = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  return {
    editionsRead: () => asked,
    close: async () => {
      process.env.URL = emulation;
      answerAll();
      await new Promise((done) => site.close(done));
    },
  };
}

/** What waits for a later run, beside the key that says the old names were moved. */
const waiting = async () =>
  (await store().list({ prefix: 'pending/' })).blobs.map((b) => b.key).filter((key) => key !== NAMES_MOVED);

describe('a new edition reaches every subscriber, once', () => {
  test('the first run records the archive and sends nothing', async () => {
    await deploy(ARCHIVE);
    expect(laposta.requests).toEqual([]);
    expect(await recordOf(7)).toMatchObject({ state: 'archived' });
    expect(await recordOf(8)).toMatchObject({ state: 'archived' });
    expect(newsletterLogs()).toEqual([
      '[nieuwsbrief] Eerste keer: 2 edities die al online staan zijn als archief vastgelegd. Er is niets verstuurd.',
    ]);
  });

  test('a production deploy with one new edition: exactly one campaign, filled from its mail page, sent once', async () => {
    await deploy(ARCHIVE);
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(laposta.campaigns).toHaveLength(1);
    const [campaign] = laposta.campaigns;
    expect(campaign).toMatchObject({
      name: campaignName(9),
      subject: 'Nieuwsbrief Heilust, editie 9',
      from: { name: 'West wint aan ruimte', email: 'nieuwsbrief@westwint.example' },
      list_ids: [laposta.listId],
    });
    expect(campaign!.html).toContain('De mail van editie 9.');
    expect(sends()).toHaveLength(1);
    expect(campaign!.delivery_requested).not.toBeNull();
    expect(await recordOf(9)).toMatchObject({ state: 'sent', campaign: campaign!.campaign_id });

    await deploy([edition(9, today), ...ARCHIVE]);
    expect(sends()).toHaveLength(1);
  });

  test('deploy events at once, their runs claiming the edition at the same moment: still one campaign and one mail', async () => {
    await deploy(ARCHIVE);
    publish([edition(9, today), ...ARCHIVE]);
    // Each call starts a worker of its own, so on their own runs seldom meet; the live site
    // answers them together, so they go on to claim the edition at once.
    const ids = ['deploy-a', 'deploy-b', 'deploy-c', 'deploy-d'];
    const site = await liveSiteAnsweringTogether(ids.length);
    try {
      const answers = await Promise.all(ids.map((id) => deployEvent('production', id)));
      expect(answers.map((a) => a.status)).toEqual(ids.map(() => 200));
    } finally {
      await site.close();
    }
    expect(site.editionsRead()).toBe(ids.length);
    expect(laposta.campaigns).toHaveLength(1);
    expect(sends()).toHaveLength(1);
  });

  test.each(['deploy-preview', 'branch-deploy'])(
    'a %s never sends, whatever its content',
    async (context) => {
      await deploy(ARCHIVE);
      await deploy([edition(9, today), ...ARCHIVE], context);
      expect(laposta.requests).toEqual([]);
      expect(await recordOf(9)).toBeNull();
      expect(newsletterLogs().at(-1)).toContain(`geen productie-deploy (${context})`);
    },
  );

  test('an edition changed later (a typo in its title) is not sent again', async () => {
    await deploy(ARCHIVE);
    await deploy([edition(9, today, 'Nieuwsbrief Heilust, edtie 9'), ...ARCHIVE]);
    await deploy([edition(9, today, 'Nieuwsbrief Heilust, editie 9'), ...ARCHIVE]);
    expect(sends()).toHaveLength(1);
    expect(laposta.campaigns).toHaveLength(1);
  });

  test('an old edition added to the archive later is not mailed', async () => {
    await deploy(ARCHIVE);
    await deploy([...ARCHIVE, edition(3, '2013-04-01')]);
    expect(laposta.requests).toEqual([]);
    expect(await recordOf(3)).toMatchObject({ state: 'archived' });
  });
});

describe('modes (NIEUWSBRIEF_VERZENDEN)', () => {
  test('uit: nothing is sent, now or later', async () => {
    process.env.NIEUWSBRIEF_VERZENDEN = 'uit';
    await deploy(ARCHIVE);
    await deploy([edition(9, today), ...ARCHIVE]);
    process.env.NIEUWSBRIEF_VERZENDEN = 'verzenden';
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(laposta.requests).toEqual([]);
    expect(await recordOf(9)).toMatchObject({ state: 'skipped' });
  });

  test('concept: the campaign is made and a test mail goes to NIEUWSBRIEF_TESTADRES; the staff send it', async () => {
    process.env.NIEUWSBRIEF_VERZENDEN = 'concept';
    await deploy(ARCHIVE);
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(laposta.campaigns).toHaveLength(1);
    expect(laposta.campaigns[0]!.testmails).toEqual([TEST_ADDRESS]);
    expect(sends()).toEqual([]);
    expect(await recordOf(9)).toMatchObject({ state: 'draft' });
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(laposta.campaigns[0]!.testmails).toHaveLength(1);
  });

  test('missing configuration: nothing happens, and one line names what is missing', async () => {
    await deploy(ARCHIVE);
    const key = process.env.LAPOSTA_API_KEY;
    delete process.env.LAPOSTA_API_KEY;
    try {
      await deploy([edition(9, today), ...ARCHIVE]);
    } finally {
      process.env.LAPOSTA_API_KEY = key;
    }
    expect(laposta.requests).toEqual([]);
    expect(newsletterLogs().at(-1)).toBe(
      '[nieuwsbrief] Niet ingesteld in Netlify: LAPOSTA_API_KEY. Er wordt niets verstuurd tot dat gebeurd is.',
    );
  });
});

describe('when Laposta fails', () => {
  test('a 500 on create: nothing sent; the next deploy tries again, without a second campaign', async () => {
    await deploy(ARCHIVE);
    laposta.failNext('create', 500);
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(sends()).toEqual([]);
    expect(await recordOf(9)).toMatchObject({ state: 'failed' });
    expect(newsletterLogs().at(-1)).toContain('Volgende poging: 11:00.');

    await deploy([edition(9, today), ...ARCHIVE]);
    expect(laposta.campaigns).toHaveLength(1);
    expect(sends()).toHaveLength(1);
    expect(await recordOf(9)).toMatchObject({ state: 'sent' });
  });

  test('a failure after the campaign was made: the next deploy uses that campaign, not a second one', async () => {
    await deploy(ARCHIVE);
    laposta.failNext('content', 503);
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(laposta.campaigns).toHaveLength(1);
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(laposta.campaigns).toHaveLength(1);
    expect(sends()).toHaveLength(1);
  });

  test('the send call gets no answer in time: "unknown", a person is told, and it is never sent again by itself', async () => {
    await deploy(ARCHIVE);
    laposta.hangNext('send');
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(await recordOf(9)).toMatchObject({ state: 'unknown' });
    expect(newsletterLogs().at(-1)).toMatch(
      /^\[nieuwsbrief\] LET OP, editie 9: onbekend of campagne \S+ is verstuurd .* Kijk in Laposta/,
    );
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(sends()).toEqual([]);
    expect(await recordOf(9)).toMatchObject({ state: 'unknown' });
  });
});

/** A newsletter sign-up posted as the browser posts it. */
function postSignUp(fields: Record<string, string>) {
  return fetch(`${server.url}/nieuwsbrief/aangemeld/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      referer: 'https://www.westwint.nl/nieuwsbrief/',
    },
    body: new URLSearchParams({ 'form-name': 'nieuwsbrief-aanmelding', 'bot-veld': '', ...fields }),
  });
}

describe('sign-ups', () => {
  test('a sign-up is passed on to the double opt-in list with its IP address and page; another form is not', async () => {
    await postSignUp({ email: RESIDENT, toestemming: 'ja' });
    await fetch(`${server.url}/ideeen/bedankt/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        'form-name': 'idee',
        idee: 'Meer bankjes',
        email: 'ander@voorbeeld.example',
        toestemming: 'ja',
      }),
    });
    expect(laposta.members).toEqual([
      {
        member_id: expect.any(String),
        list_id: laposta.listId,
        email: RESIDENT,
        state: 'unconfirmed',
        ip: '127.0.0.1',
        source_url: 'https://www.westwint.nl/nieuwsbrief/',
      },
    ]);
    expect(logs.filter((line) => line.startsWith('[aanmelding]'))).toEqual([
      '[aanmelding] Aanmelding doorgegeven aan Laposta; Laposta stuurt de bevestigingsmail.',
    ]);
  });

  test('Laposta down: the submission is kept, the log names the failure without the address, and nieuwsbrief:bijwerken catches up', async () => {
    laposta.failNext('member', 503);
    const response = await postSignUp({ email: RESIDENT, toestemming: 'ja' });
    expect(response.status).toBe(200);
    expect(server.submissions.at(-1)?.fields).toMatchObject({
      'form-name': 'nieuwsbrief-aanmelding',
      email: RESIDENT,
    });
    expect(laposta.members).toEqual([]);
    const line = logs.find((l) => l.startsWith('[aanmelding]'));
    expect(line).toMatch(
      /^\[aanmelding\] Aanmelding niet doorgegeven: geen duidelijk antwoord van de maildienst: POST \/member: HTTP 503\. Ze is bewaard; elk uur/,
    );

    // What Netlify Forms kept, read back through Netlify's API by the catch-up command; one sign-up is there already.
    await postSignUp({ email: 'al-aangemeld@voorbeeld.example', toestemming: 'ja' });
    netlifyApi.forms.set('nieuwsbrief-aanmelding', [
      {
        data: {
          email: RESIDENT,
          toestemming: 'ja',
          ip: '192.0.2.7',
          referrer: 'https://www.westwint.nl/volgen/',
        },
      },
      {
        data: {
          email: 'al-aangemeld@voorbeeld.example',
          toestemming: 'ja',
          ip: '192.0.2.8',
          referrer: 'https://www.westwint.nl/nieuwsbrief/',
        },
      },
    ]);
    // Not spawnSync: the stand-ins answer from this process.
    const run = await execFileAsync(process.execPath, ['scripts/nieuwsbrief-bijwerken.mjs'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NETLIFY_AUTH_TOKEN: STAND_IN_TOKEN,
        NETLIFY_SITE_ID: STAND_IN_SITE,
        NETLIFY_API_URL: netlifyApi.url,
      },
    });
    const printed = [...run.stdout.split('\n'), ...run.stderr.split('\n')].filter(Boolean);
    logs.push(...printed);
    everyLog.push(...printed);
    expect(laposta.members.map((m) => [m.email, m.ip, m.source_url])).toEqual([
      ['al-aangemeld@voorbeeld.example', '127.0.0.1', 'https://www.westwint.nl/nieuwsbrief/'],
      [RESIDENT, '192.0.2.7', 'https://www.westwint.nl/volgen/'],
    ]);
    expect(run.stdout).toContain(
      '2 aanmeldingen gelezen: 1 toegevoegd (Laposta stuurt hun de bevestigingsmail), 1 stonden er al, 0 overgeslagen (zonder e-mailadres of toestemming), 0 geweigerd (geen geldig e-mailadres), 0 mislukt.',
    );
  });
});

describe('the newsletter heals itself: Laposta fails, nobody acts', () => {
  test('the hourly run does next to nothing when nothing waits: no request to Laposta or the site', async () => {
    await deploy(ARCHIVE);
    laposta.reset();
    logs.length = 0;
    server.takeSent();
    await hourly(new Date(MORNING.getTime() + HOUR));
    expect(laposta.requests).toEqual([]);
    expect(server.takeSent().map((file) => file.path)).toEqual(['/.netlify/functions/nieuwsbrief-elk-uur']);
    expect(newsletterLogs()).toEqual([]);
  });

  test('Laposta down when an edition goes online, back an hour later, no deploy in between: exactly one mail', async () => {
    await deploy(ARCHIVE);
    laposta.down = true;
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(await recordOf(9)).toMatchObject({
      state: 'failed',
      firstSeen: MORNING.toISOString(),
      nextAttempt: new Date(MORNING.getTime() + HOUR).toISOString(),
    });
    await hourly(new Date(MORNING.getTime() + HOUR / 2));
    laposta.down = false;
    await hourly(new Date(MORNING.getTime() + HOUR));
    await hourly(new Date(MORNING.getTime() + 2 * HOUR));
    expect(laposta.campaigns).toHaveLength(1);
    expect(sends()).toHaveLength(1);
    expect(await recordOf(9)).toMatchObject({
      state: 'sent',
      subscribers: 812,
      at: new Date(MORNING.getTime() + HOUR).toISOString(),
    });
    expect(await waiting()).toEqual([]);
  });

  test('online at night while Laposta is down, back an hour later: one mail, at 08:00', async () => {
    await deploy(ARCHIVE);
    laposta.down = true;
    setClock(inAmsterdam(today, '00:10'));
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(await recordOf(9)).toMatchObject({
      state: 'waiting',
      notBefore: inAmsterdam(today, '08:00').toISOString(),
    });
    for (const time of ['01:00', '07:00', '08:00', '09:00']) {
      if (time === '01:00') laposta.down = false;
      await hourly(inAmsterdam(today, time));
      if (time < '08:00') expect(laposta.requests, `nothing before 08:00 (${time})`).toEqual([]);
    }
    expect(sends()).toHaveLength(1);
    expect(await recordOf(9)).toMatchObject({
      state: 'sent',
      at: inAmsterdam(today, '08:00').toISOString(),
    });
  });

  test('Laposta down for 20 days, then back: after 7 days of retries the edition is handed to a person, once, and never mailed by itself', async () => {
    await deploy(ARCHIVE);
    laposta.down = true;
    await deploy([edition(9, today), ...ARCHIVE]);
    // Runs of the hourly schedule through the outage: the first hours, then a day at a time. Which
    // runs in between retry (every hour, then every six) is tests/unit/newsletter-rules.test.ts's.
    for (const hours of [1, 2, 26, 50, 98, 146, 170, 194, 290, 386])
      await hourly(new Date(MORNING.getTime() + hours * HOUR));
    // The deploy's try, six retries within the limit, then the line for a person.
    expect(
      newsletterLogs().filter((line) => /^\[nieuwsbrief\] Editie 9: niet verstuurd/.test(line)),
    ).toHaveLength(7);
    expect(await recordOf(9)).toMatchObject({ state: 'gave-up' });
    expect(newsletterLogs().filter((line) => line.includes('LET OP, editie 9'))).toHaveLength(1);
    laposta.down = false;
    await hourly(new Date(MORNING.getTime() + 20 * DAY + HOUR));
    await deploy([edition(9, today), ...ARCHIVE]);
    expect(sends()).toEqual([]);
    expect(laposta.campaigns).toEqual([]);
    expect(await waiting()).toEqual([]);
  });

  test('an hourly run and a deploy at the same moment: one campaign, one mail', async () => {
    await deploy(ARCHIVE);
    laposta.down = true;
    await deploy([edition(9, today), ...ARCHIVE]);
    laposta.down = false;
    setClock(new Date(MORNING.getTime() + HOUR));
    const [hourlyRun, deployRun] = await Promise.all([
      fetch(`${server.url}/.netlify/functions/nieuwsbrief-elk-uur`, { method: 'POST', body: '{}' }),
      deployEvent('production', 'deploy-2'),
    ]);
    expect([hourlyRun.status, deployRun.status]).toEqual([204, 200]);
    expect(laposta.campaigns).toHaveLength(1);
    expect(sends()).toHaveLength(1);
  });

  test('a sign-up during an outage reaches Laposta once after recovery, with no person acting', async () => {
    laposta.down = true;
    await postSignUp({ email: RESIDENT, toestemming: 'ja' });
    expect(laposta.members).toEqual([]);
    expect(await waiting()).toEqual([expect.stringMatching(/^pending\/sign-up\//)]);
    await hourly(new Date(MORNING.getTime() + HOUR));
    laposta.down = false;
    // The next hourly run and a deploy at once.
    setClock(new Date(MORNING.getTime() + 2 * HOUR));
    await Promise.all([
      fetch(`${server.url}/.netlify/functions/nieuwsbrief-elk-uur`, { method: 'POST', body: '{}' }),
      deployEvent('production', 'deploy-3'),
    ]);
    expect(laposta.members.map((m) => [m.email, m.ip, m.source_url])).toEqual([
      [RESIDENT, '127.0.0.1', 'https://www.westwint.nl/nieuwsbrief/'],
    ]);
    expect(laposta.requests.filter((r) => r.path === '/v2/member')).toHaveLength(1);
    expect(await waiting()).toEqual([]);
  });

  test('an address Laposta refuses is dropped, at once or when kept, and no log line shows it', async () => {
    await postSignUp({ email: 'geen-adres@x', toestemming: 'ja' });
    laposta.down = true;
    await postSignUp({ email: 'ook-geen@adres', toestemming: 'ja' });
    laposta.down = false;
    await hourly(new Date(MORNING.getTime() + HOUR));
    expect(laposta.members).toEqual([]);
    expect(await waiting()).toEqual([]);
    expect(logs.join('\n')).not.toMatch(/geen-adres|ook-geen/);
    expect(logs.filter((l) => l.includes('weigerde het adres'))).toHaveLength(2);
  });

  test('the status endpoint tells each state, small, uncached and with nothing personal', async () => {
    await deploy(ARCHIVE);
    // 9 sent; 11 a concept; 12 without a clear answer; 10 retried; 13 waiting for the morning; a kept sign-up.
    const online = (...numbers: number[]) => [...numbers.map((n) => edition(n, today)), ...ARCHIVE];
    await deploy(online(9));
    process.env.NIEUWSBRIEF_VERZENDEN = 'concept';
    await deploy(online(11, 9));
    process.env.NIEUWSBRIEF_VERZENDEN = 'verzenden';
    laposta.hangNext('send');
    await deploy(online(12, 11, 9));
    laposta.down = true;
    setClock(new Date(MORNING.getTime() + 5 * 60_000));
    await deploy(online(12, 11, 10, 9));
    setClock(inAmsterdam(today, '23:30'));
    await deploy(online(13, 12, 11, 10, 9));
    await postSignUp({ email: RESIDENT, toestemming: 'ja' });

    const { body, text, response } = await editorStatus();
    expect(body.newsletter.editions.map((e) => [e.edition, e.state])).toEqual([
      [13, 'waiting'],
      [12, 'unknown'],
      [11, 'draft'],
      [10, 'failed'],
      [9, 'sent'],
      [8, 'archived'],
      [7, 'archived'],
    ]);
    expect(body.newsletter.editions.find((e) => e.edition === 9)).toMatchObject({
      subscribers: 812,
      title: 'Nieuwsbrief Heilust, editie 9',
      date: today,
    });
    expect(body.newsletter.editions.find((e) => e.edition === 10)).toMatchObject({
      reason: expect.stringContaining('Laposta gaf geen antwoord'),
      next: expect.any(String),
    });
    expect(body.newsletter.signUps).toMatchObject({ waiting: 1, since: expect.any(String), expired: 0 });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(text.length).toBeLessThan(4000);
    expect(text).not.toContain(RESIDENT);
    expect(text).not.toMatch(/@|127\.0\.0\.1|192\.0\.2/);
    expect(text).not.toContain(laposta.apiKey);
    expect(text).not.toMatch(/"c\d+"|"run"|"campaign"/);

    // The staff send the concept from Laposta: the next hourly run records it.
    laposta.down = false;
    laposta.sendFromLaposta(
      laposta.campaigns.find((c) => c.name === campaignName(11))!.campaign_id,
      '2026-12-01 11:15:00',
    );
    await hourly(inAmsterdam('2026-12-02', '09:00'));
    expect(await recordOf(11)).toMatchObject({
      state: 'sent',
      at: inAmsterdam(today, '11:15').toISOString(),
    });
    // The same run mailed what waited (10 retried, 13 in the morning); 12 waits for a person.
    expect(await recordOf(10)).toMatchObject({ state: 'sent' });
    expect(await recordOf(13)).toMatchObject({ state: 'sent' });
    expect(await recordOf(12)).toMatchObject({ state: 'unknown' });
    expect(sends()).toHaveLength(3);
    expect(new Set(sends().map((r) => r.path)).size).toBe(3);
  });
});

describe('records kept under the Dutch names of before (until December 2026)', () => {
  const OLD_KEYS = /^(editie|wacht|teller)\//;
  const ARCHIVED_LONG_AGO = '2020-01-01T00:00:00.000Z';

  /** What the store held before the names were English: 7 and 8 archived, 9 failed and due again, a kept sign-up, two expired. */
  async function storeWithOldNames(): Promise<void> {
    const old = store();
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
  const keys = async () => (await store().list()).blobs.map((b) => b.key);

  test('the editor sees them before any round: in English, with the kept sign-up and the expired ones counted', async () => {
    await storeWithOldNames();
    const { body } = await editorStatus();
    expect(body.newsletter.editions).toEqual([
      {
        edition: 9,
        title: 'Nieuwsbrief Heilust, editie 9',
        date: today,
        state: 'failed',
        at: MORNING.toISOString(),
        next: new Date(MORNING.getTime() + HOUR).toISOString(),
        reason: 'Laposta gaf geen antwoord',
      },
    ]);
    expect(body.newsletter.signUps).toEqual({ waiting: 1, since: MORNING.toISOString(), expired: 2 });
    expect((await keys()).filter((key) => OLD_KEYS.test(key))).toEqual([]);
  });

  test('the next hourly run finds the failed edition by its old marker and the kept sign-up, passes each on once, and leaves no old name', async () => {
    publish([edition(9, today), ...ARCHIVE]);
    await storeWithOldNames();
    await hourly(new Date(MORNING.getTime() + HOUR));
    expect(sends()).toHaveLength(1);
    expect(laposta.campaigns.map((c) => c.name)).toEqual([campaignName(9)]);
    expect(laposta.members.map((m) => [m.email, m.ip])).toEqual([[RESIDENT, '192.0.2.7']]);
    expect(await recordOf(9)).toMatchObject({
      state: 'sent',
      subscribers: 812,
      firstSeen: MORNING.toISOString(),
    });
    expect(await recordOf(8)).toMatchObject({ state: 'archived', date: '2017-09-25' });
    expect(await waiting()).toEqual([]);
    expect((await keys()).filter((key) => OLD_KEYS.test(key))).toEqual([]);
    expect(newsletterLogs()).toContain(
      '[nieuwsbrief] Opslag bijgewerkt naar de nieuwe namen: 6 sleutel(s) met een oude, Nederlandse naam verplaatst.',
    );

    await Promise.all([
      hourly(new Date(MORNING.getTime() + 2 * HOUR)),
      deploy([edition(9, today), ...ARCHIVE]),
    ]);
    expect(sends()).toHaveLength(1);
    expect(laposta.requests.filter((r) => r.path === '/v2/member')).toHaveLength(1);
  });

  test('an hourly run and a deploy at once, both finding the old names: moved once, one mail, the sign-up passed on once', async () => {
    publish([edition(9, today), ...ARCHIVE]);
    await storeWithOldNames();
    setClock(new Date(MORNING.getTime() + HOUR));
    const [hourlyRun, deployRun] = await Promise.all([
      fetch(`${server.url}/.netlify/functions/nieuwsbrief-elk-uur`, { method: 'POST', body: '{}' }),
      deployEvent('production', 'deploy-old-names'),
    ]);
    expect([hourlyRun.status, deployRun.status]).toEqual([204, 200]);
    expect(laposta.campaigns).toHaveLength(1);
    expect(sends()).toHaveLength(1);
    expect(laposta.requests.filter((r) => r.path === '/v2/member')).toHaveLength(1);
    expect(await recordOf(9)).toMatchObject({ state: 'sent' });
    expect(await waiting()).toEqual([]);
    expect((await keys()).filter((key) => OLD_KEYS.test(key))).toEqual([]);
    const { body } = await editorStatus();
    expect(body.newsletter.signUps).toEqual({ waiting: 0, expired: 2 });
  });
});

describe('scheduled publishing', () => {
  const runSchedule = () => fetch(`${server.url}/.netlify/functions/geplande-publicatie`, { method: 'POST' });

  test('the build hook is called on a day an item waits for, once, and not on another day', async () => {
    writeFileSync(join(site, 'geplande-dagen.json'), JSON.stringify({ days: ['2099-01-01'] }));
    await runSchedule();
    expect(hookCalls).toBe(0);

    writeFileSync(join(site, 'geplande-dagen.json'), JSON.stringify({ days: [today, '2099-01-01'] }));
    await runSchedule();
    expect(hookCalls, logs.join('\n')).toBe(1);
    // The second run of the night (22:05 and 23:05 UTC) finds the day started.
    await runSchedule();
    expect(hookCalls).toBe(1);
  });
});

describe('the logs', () => {
  test('no line of any run above shows an API key, a hook address or an e-mail address', () => {
    // Runs after the other tests of this file (in order), which filled the log.
    const lines = everyLog.filter((line) =>
      /^\[(nieuwsbrief|aanmelding|bijwerken|geplande publicatie)\]/.test(line),
    );
    expect(lines.length).toBeGreaterThan(20);
    for (const line of everyLog) {
      expect(line).not.toContain(laposta.apiKey);
      expect(line).not.toContain('/build_hooks/');
      expect(line).not.toMatch(/[^\s@[]+@[^\s@\]]+\.[a-z]+/);
    }
  });
});
