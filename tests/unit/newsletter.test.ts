/**
 * The newsletter's pure parts: its settings, its log lines, the files the build publishes for
 * the functions, the announcing logic against a store that is not atomic (as the local
 * emulation's), the scheduled build, and the mail's MJML. tests/functions/newsletter.test.ts
 * runs the functions themselves.
 */
import mjml2html from 'mjml';
import { describe, expect, it } from 'vitest';
import { announceEditions, campaignName } from '../../src/lib/newsletter/announce';
import { newsletterConfig, unknownModeOf } from '../../src/lib/newsletter/config';
import { makeLog, redact, secretsOf } from '../../src/lib/functions/log';
import { editionMailSource, type EditionMail } from '../../src/lib/newsletter/mail';
import type { MailingService } from '../../src/lib/newsletter/mailing-service';
import { fakeService } from '../helpers/fake-mailing-service';
import { readEditionsFile, type PublishedEdition } from '../../src/lib/newsletter/published';
import { memoryStore } from '../helpers/memory-store';
import { editionRecords } from '../../src/lib/newsletter/records';
import { buildIfSomethingIsWaiting, readWaitingDaysFile } from '../../src/lib/publishing/scheduled-build';

describe('newsletterConfig', () => {
  const full = {
    LAPOSTA_API_KEY: 'k',
    LAPOSTA_LIST_ID: 'l',
    LAPOSTA_AFZENDER_NAAM: 'West',
    LAPOSTA_AFZENDER_EMAIL: 'nieuws@westwint.example',
  };

  it('sends nothing unless asked: no variable, or one it does not know, is "uit"', () => {
    expect(newsletterConfig({}).mode).toBe('uit');
    expect(newsletterConfig({ NIEUWSBRIEF_VERZENDEN: 'ja' }).mode).toBe('uit');
    expect(unknownModeOf({ NIEUWSBRIEF_VERZENDEN: 'ja' })).toBe('ja');
    expect(newsletterConfig({ NIEUWSBRIEF_VERZENDEN: ' Verzenden ' }).mode).toBe('verzenden');
  });

  it('names what each mode needs and is not set, never what is', () => {
    expect(newsletterConfig({}).missing).toEqual([]);
    expect(newsletterConfig({ NIEUWSBRIEF_VERZENDEN: 'verzenden' }).missing).toEqual([
      'LAPOSTA_API_KEY',
      'LAPOSTA_LIST_ID',
      'LAPOSTA_AFZENDER_NAAM',
      'LAPOSTA_AFZENDER_EMAIL',
    ]);
    expect(newsletterConfig({ ...full, NIEUWSBRIEF_VERZENDEN: 'verzenden' }).missing).toEqual([]);
    expect(newsletterConfig({ ...full, NIEUWSBRIEF_VERZENDEN: 'concept' }).missing).toEqual([
      'NIEUWSBRIEF_TESTADRES',
    ]);
  });

  it('knows which values a log line must not show', () => {
    expect(
      secretsOf({
        ...full,
        LAPOSTA_API_KEY: 'geheime-sleutel',
        BUILD_HOOK_URL: 'https://api.netlify.com/build_hooks/x',
      }),
    ).toEqual(['geheime-sleutel', 'https://api.netlify.com/build_hooks/x']);
  });
});

describe('log lines', () => {
  it('never show an e-mail address or a secret, whatever the message carried', () => {
    expect(
      redact('Laposta: "Mia.Hermans+nieuws@voorbeeld.example" bestaat al; sleutel abcd1234', ['abcd1234']),
    ).toBe('Laposta: "[e-mailadres]" bestaat al; sleutel [geheim]');
    const lines: string[] = [];
    makeLog('aanmelding', [], (line) => lines.push(line))('fout voor a@b.nl');
    expect(lines).toEqual(['[aanmelding] fout voor [e-mailadres]']);
  });
});

describe('the files the build publishes for the functions', () => {
  const good = {
    edition: 9,
    title: 'Editie 9',
    date: '2019-06-01',
    page: '/nieuwsbrief/heilust-9/',
    mail: '/nieuwsbrief/heilust-9/mail/',
  };

  it('are read back, and a file that is not as the build writes it says so', () => {
    expect(readEditionsFile({ editions: [good] })).toEqual([good]);
    expect(() => readEditionsFile({ edities: [] })).toThrow('edities.json heeft geen lijst "editions"');
    expect(() => readEditionsFile({ editions: [{ ...good, date: '1-6-2019' }] })).toThrow(
      'editie 1 in de lijst',
    );
    expect(readWaitingDaysFile({ days: ['2026-12-07'] })).toEqual(['2026-12-07']);
    expect(() => readWaitingDaysFile({ days: ['morgen'] })).toThrow('JJJJ-MM-DD');
  });
});

describe('announceEditions', () => {
  const edition = (n: number, date: string): PublishedEdition => ({
    edition: n,
    title: `Editie ${n}`,
    date,
    page: `/nieuwsbrief/heilust-${n}/`,
    mail: `/nieuwsbrief/heilust-${n}/mail/`,
  });
  const run = (
    records: ReturnType<typeof editionRecords>,
    service: MailingService,
    editions: PublishedEdition[],
    id: string,
  ) =>
    announceEditions({
      editions,
      records,
      service,
      mode: 'verzenden',
      testAddress: '',
      addressOf: (path: string) => `https://deploy.example${path}`,
      run: id,
      now: new Date('2026-11-30T10:00:00Z'),
      log: () => {},
    });

  it('two runs at once: the claim, a write that only succeeds on the record as read, lets only one of them send', async () => {
    const records = editionRecords(memoryStore());
    const { service, calls } = fakeService();
    await run(records, service, [edition(8, '2017-09-25')], 'first');
    await Promise.all([
      run(records, service, [edition(9, '2026-11-30')], 'a'),
      run(records, service, [edition(9, '2026-11-30')], 'b'),
    ]);
    expect(calls).toEqual([
      `create ${campaignName(9)}`,
      'fill c1 https://deploy.example/nieuwsbrief/heilust-9/mail/',
      'send c1',
    ]);
  });

  it('an edition older than two weeks when it goes online is recorded, not mailed', async () => {
    const records = editionRecords(memoryStore());
    const { service, calls } = fakeService();
    await run(records, service, [edition(8, '2017-09-25')], 'first');
    await run(records, service, [edition(9, '2026-11-15'), edition(10, '2026-11-16')], 'next');
    expect(calls.filter((c) => c.startsWith('send'))).toEqual(['send c1']);
    expect((await records.read(9))?.record).toMatchObject({ state: 'archived' });
    expect((await records.read(10))?.record).toMatchObject({ state: 'sent', subscribers: 812 });
  });

  it('a campaign already sent in Laposta is recorded, not sent again (a lost record)', async () => {
    const records = editionRecords(memoryStore());
    const { service, calls } = fakeService();
    await run(records, service, [edition(8, '2017-09-25')], 'first');
    const made = await service.createCampaign({ name: campaignName(9), subject: 'Editie 9' });
    await service.send(made.id);
    calls.length = 0;
    await run(records, service, [edition(9, '2026-11-30')], 'next');
    expect(calls).toEqual([]);
    expect((await records.read(9))?.record).toMatchObject({ state: 'sent', campaign: made.id });
  });
});

describe('buildIfSomethingIsWaiting', () => {
  const days = new Set<string>();
  const scheduled = (startBuild: () => Promise<void>, waitingDays = ['2026-12-07']) =>
    buildIfSomethingIsWaiting({
      waitingDays,
      today: '2026-12-07',
      recordDay: async (day) => !days.has(day) && Boolean(days.add(day)),
      forgetDay: async (day) => void days.delete(day),
      startBuild,
      log: () => {},
    });

  it('a build hook that fails leaves the day free for the other run of the night', async () => {
    days.clear();
    expect(await scheduled(() => Promise.reject(new Error('HTTP 500')))).toBe('failed');
    expect(await scheduled(async () => {})).toBe('started');
    expect(await scheduled(async () => {})).toBe('already-started');
    expect(await scheduled(async () => {}, ['2026-12-08'])).toBe('nothing-waiting');
  });
});

describe('the mail of an edition', () => {
  const mail: EditionMail = {
    siteName: 'West wint aan ruimte',
    title: 'Editie 9 <script>alert(1)</script> & meer',
    dateText: '1 juni 2019',
    summary: 'Over het feest in ’t Westhoes.',
    pageUrl: 'https://www.westwint.nl/nieuwsbrief/heilust-9/',
    homeUrl: 'https://www.westwint.nl/',
    image: {
      url: 'https://www.westwint.nl/og-image.png',
      alt: 'De naam West wint aan ruimte',
      width: 600,
      height: 315,
    },
    pdf: {
      url: 'https://www.westwint.nl/nieuwsbrief/pdf/heilust-9.pdf',
      text: 'Download de nieuwsbrief (pdf, 1,2 MB, 4 pagina’s)',
    },
    unsubscribeUrl: '/tag/unsubscribe',
  };

  it('passes MJML’s strict validation, and content stays text', async () => {
    const { html, errors } = await mjml2html(editionMailSource(mail), { validationLevel: 'strict' });
    expect(errors).toEqual([]);
    expect(html).toContain('Editie 9 &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer');
    expect(html).not.toMatch(/<script/i);
  });

  it('lists the meetings of the coming weeks under "Agenda", a cancelled one as such, and leaves the agenda out without them', async () => {
    const meetings = [
      {
        title: 'Bewonersavond <b>Park West</b>',
        when: 'donderdag 21 januari 2027, 19.30 tot 21.00 uur',
        where: "Buurthuis 't Westhoes",
        url: 'https://www.westwint.nl/agenda/bewonersavond/',
      },
      {
        title: 'Wandeling',
        when: 'zaterdag 12 december 2026, 10.00 uur',
        where: 'Park West',
        url: 'https://www.westwint.nl/agenda/wandeling/',
        cancelled: 'Te weinig aanmeldingen.',
      },
    ];
    const { html, errors } = await mjml2html(
      editionMailSource({ ...mail, meetings, agendaUrl: 'https://www.westwint.nl/agenda/' }),
      { validationLevel: 'strict' },
    );
    expect(errors).toEqual([]);
    expect(html).toContain('>Agenda</h2>');
    expect(html).toContain('Bewonersavond &lt;b&gt;Park West&lt;/b&gt;');
    expect(html).toContain('donderdag 21 januari 2027, 19.30 tot 21.00 uur');
    expect(html).toContain('Afgelast: Wandeling');
    expect(html).toContain('Gaat niet door: Te weinig aanmeldingen.');
    expect(html).toContain('href="https://www.westwint.nl/agenda/"');
    expect((await mjml2html(editionMailSource(mail), { validationLevel: 'strict' })).html).not.toContain(
      '>Agenda</h2>',
    );
  });

  it('strict validation refuses a template mistake, so a broken mail stops the build', async () => {
    const broken = editionMailSource(mail).replace('<mj-column>', '<mj-column kleur="rood">');
    await expect(mjml2html(broken, { validationLevel: 'strict' })).rejects.toThrow(/kleur/);
  });
});
