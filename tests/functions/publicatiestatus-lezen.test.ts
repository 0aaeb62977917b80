/**
 * netlify/functions/publicatiestatus-lezen.mts: /admin/status.json as the editor at /admin/ reads it,
 * run by Netlify's local emulation (tests/helpers/site-functions.ts), under the editor's
 * headers: what became of each edition's mail, made through the functions themselves, and of
 * the sign-ups, with nothing personal. The publication's part, made by deploy events:
 * publicatiestatus.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { campaignName } from '../../src/lib/newsletter/announce';
import { headersForPath } from '../../src/lib/security/headers';
import { urls } from '../../src/lib/urls/routes';
import {
  ARCHIVE,
  deploy,
  edition,
  editorStatus,
  expectCleanLogs,
  HOUR,
  hourly,
  inAmsterdam,
  laposta,
  MORNING,
  oldKeys,
  postSignUp,
  recordOf,
  RESIDENT,
  sends,
  setClock,
  storeWithOldNames,
  today,
  useSiteFunctions,
} from '../helpers/site-functions';

useSiteFunctions();

test('nothing recorded yet: the publication "unknown", no editions, no kept ideas, with the editor’s headers and nothing else to say', async () => {
  const { body, response } = await editorStatus();
  expect(body).toEqual({
    publishing: { state: 'unknown' },
    newsletter: { editions: [], signUps: { waiting: 0, expired: 0 } },
    ideas: { kept: 0, needPerson: 0 },
  });
  const expected = headersForPath(urls.publishStatus());
  for (const name of [
    'Content-Security-Policy',
    'X-Robots-Tag',
    'X-Frame-Options',
    'Strict-Transport-Security',
  ]) {
    expect(response.headers.get(name), name).toBe(expected[name]);
  }
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
});

describe('the newsletter', () => {
  test('each state of an edition, small, uncached and with nothing personal', async () => {
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

  test('records under the Dutch names of before are shown before any round: in English, with the kept sign-up and the expired ones counted', async () => {
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
    expect(await oldKeys()).toEqual([]);
  });
});

test('no line of any run above shows an API key, a hook address or an e-mail address', () =>
  expectCleanLogs(5));
