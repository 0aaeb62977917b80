/**
 * netlify/functions/elk-uur.mts, the newsletter's part (the ideas': ideeen.test.ts), on its
 * schedule, run by Netlify's local emulation against a stand-in for Laposta that can be down
 * (tests/helpers/site-functions.ts): the newsletter heals itself with nobody acting (retries,
 * the morning's mails, kept sign-ups), and finds what the store kept under the Dutch names of
 * before.
 */
import { describe, expect, test } from 'vitest';
import { campaignName } from '../../src/lib/newsletter/announce';
import {
  ARCHIVE,
  DAY,
  deploy,
  deployEvent,
  edition,
  editorStatus,
  expectCleanLogs,
  HOUR,
  hourly,
  inAmsterdam,
  laposta,
  logs,
  MORNING,
  newsletterLogs,
  oldKeys,
  postSignUp,
  publish,
  recordOf,
  RESIDENT,
  sends,
  server,
  setClock,
  storeWithOldNames,
  today,
  useSiteFunctions,
  waiting,
} from '../helpers/site-functions';

useSiteFunctions();

describe('the newsletter heals itself: Laposta fails, nobody acts', () => {
  test('the hourly run does next to nothing when nothing waits: no request to Laposta or the site', async () => {
    await deploy(ARCHIVE);
    laposta.reset();
    logs.length = 0;
    server.takeSent();
    await hourly(new Date(MORNING.getTime() + HOUR));
    expect(laposta.requests).toEqual([]);
    expect(server.takeSent().map((file) => file.path)).toEqual(['/.netlify/functions/elk-uur']);
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
      fetch(`${server.url}/.netlify/functions/elk-uur`, { method: 'POST', body: '{}' }),
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
      fetch(`${server.url}/.netlify/functions/elk-uur`, { method: 'POST', body: '{}' }),
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
});

describe('records kept under the Dutch names of before (until December 2026)', () => {
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
    expect(await oldKeys()).toEqual([]);
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
      fetch(`${server.url}/.netlify/functions/elk-uur`, { method: 'POST', body: '{}' }),
      deployEvent('production', 'deploy-old-names'),
    ]);
    expect([hourlyRun.status, deployRun.status]).toEqual([204, 200]);
    expect(laposta.campaigns).toHaveLength(1);
    expect(sends()).toHaveLength(1);
    expect(laposta.requests.filter((r) => r.path === '/v2/member')).toHaveLength(1);
    expect(await recordOf(9)).toMatchObject({ state: 'sent' });
    expect(await waiting()).toEqual([]);
    expect(await oldKeys()).toEqual([]);
    const { body } = await editorStatus();
    expect(body.newsletter.signUps).toEqual({ waiting: 0, expired: 2 });
  });
});

test('no line of any run above shows an API key, a hook address or an e-mail address', () =>
  expectCleanLogs(20));
