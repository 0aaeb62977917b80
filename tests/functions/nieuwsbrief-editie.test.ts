/**
 * netlify/functions/nieuwsbrief-editie.mts, on Netlify's deploy succeeded event, run by Netlify's
 * local emulation against a stand-in for Laposta (tests/helpers/site-functions.ts): one mail
 * per new edition, from production deploys only, in each mode, and when Laposta fails.
 */
import { describe, expect, test } from 'vitest';
import { campaignName } from '../../src/lib/newsletter/announce';
import {
  ARCHIVE,
  deploy,
  deployEvent,
  edition,
  expectCleanLogs,
  laposta,
  liveSiteAnsweringTogether,
  newsletterLogs,
  publish,
  recordOf,
  sends,
  TEST_ADDRESS,
  today,
  useSiteFunctions,
} from '../helpers/site-functions';

useSiteFunctions();

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
    const live = await liveSiteAnsweringTogether(ids.length);
    try {
      const answers = await Promise.all(ids.map((id) => deployEvent('production', id)));
      expect(answers.map((a) => a.status)).toEqual(ids.map(() => 200));
    } finally {
      await live.close();
    }
    expect(live.editionsRead()).toBe(ids.length);
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

test('no line of any run above shows an API key, a hook address or an e-mail address', () =>
  expectCleanLogs(10));
