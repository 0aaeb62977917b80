/**
 * The agenda in the shared fixture build (tests/helpers/fixture.ts), whose meetings are dated
 * from the day the tests run: what is coming and the archive by year, a cancelled meeting shown
 * as "Afgelast" everywhere it appears, the meeting page with its calendar file and Event data,
 * the calendar to subscribe to, the site feed, the newsletter's mail, the scheduled build's days,
 * and a draft nowhere. The iCalendar files are read back by ical.js.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/lib/astro-build.ts';
import { dayAfter } from '../../src/lib/agenda/when';
import { dayFromToday, fixtureSite, FIXTURE_SITE } from '../helpers/fixture';

let built: BuildResult;
beforeAll(() => {
  built = fixtureSite();
});

const file = (path: string) => readFileSync(join(built.outDir, path), 'utf8');
const page = (url: string) => cheerio.load(file(`${url}index.html`));
const titles = ($: cheerio.CheerioAPI) =>
  $(`${MEETING} .utrecht-card__heading a`)
    .map((_, el) => $(el).text().trim())
    .get();
const yearOf = (day: string) => Number(day.slice(0, 4));
/** A meeting's card (MeetingList.astro): the one card that says where. */
const MEETING = '.utrecht-card:has(.westwint-meeting__where)';

function calendar(path: string) {
  const component = new ICAL.Component(ICAL.parse(file(path)));
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { component, events: component.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event)) };
}

describe('what is coming, and the archive', () => {
  it('the agenda lists what is coming, soonest first, under its months; what is past is not there', () => {
    const $ = page('/agenda/');
    expect(titles($)).toEqual([
      'Bewonersavond Park West',
      'Wandeling door Park West',
      'Open dagen in de buurtkamer',
    ]);
    expect($('main h2').first().text()).toMatch(/^[a-z]+ \d{4}$/);
    expect($('main').text()).not.toContain('Spreekuur woonconsulent');
    expect($('main').text()).not.toContain('Informatiemarkt West');
  });

  it('a meeting of yesterday and one of 2017 are in the archive of their year, linked from the agenda', () => {
    const years = [...new Set([yearOf(dayFromToday(-1)), 2017])].sort((a, b) => b - a);
    const $ = page('/agenda/');
    expect(
      $('#eerdere-bijeenkomsten + ul a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(years.map((y) => `/agenda/archief/${y}/`));
    expect(titles(page(`/agenda/archief/${yearOf(dayFromToday(-1))}/`))).toContain('Spreekuur woonconsulent');
    expect(titles(page('/agenda/archief/2017/'))).toEqual(['Informatiemarkt West']);
    // Its own page stays, without the calendar button.
    const past = page('/agenda/spreekuur-gisteren/');
    expect(past('main').text()).toContain('Deze bijeenkomst is voorbij.');
    expect(past('a[href$=".ics"]')).toHaveLength(0);
  });

  it('the home page shows the next three; a project and a buurt page their own', () => {
    expect(titles(page('/'))).toEqual([
      'Bewonersavond Park West',
      'Wandeling door Park West',
      'Open dagen in de buurtkamer',
    ]);
    expect(titles(page('/projecten/park-west/'))).toEqual([
      'Bewonersavond Park West',
      'Wandeling door Park West',
    ]);
    // Heilust's own, and those about Park West, which lies in Heilust.
    expect(titles(page('/buurten/heilust/'))).toEqual([
      'Bewonersavond Park West',
      'Wandeling door Park West',
      'Open dagen in de buurtkamer',
    ]);
    expect(titles(page('/buurten/kaalheide/'))).toEqual([
      'Bewonersavond Park West',
      'Wandeling door Park West',
    ]);
    expect(page('/projecten/achter-de-voordeur/')('#project-meetings')).toHaveLength(0);
  });

  it('the scheduled build also runs the day after each coming meeting’s last day', () => {
    const { days } = JSON.parse(file('geplande-dagen.json')) as { days: string[] };
    for (const day of [dayFromToday(1), dayFromToday(2), '2099-05-02']) expect(days).toContain(dayAfter(day));
    expect(days).not.toContain(dayFromToday(0));
  });
});

describe('a cancelled meeting shows "Afgelast" in every place', () => {
  it('on the agenda, the home page, the project and buurt pages, with the reason', () => {
    for (const url of ['/agenda/', '/', '/projecten/park-west/', '/buurten/heilust/']) {
      const $ = page(url);
      const card = $(MEETING).filter(
        (_, el) => $(el).find('.utrecht-card__heading a').text() === 'Wandeling door Park West',
      );
      expect(card.find('.utrecht-card__heading .utrecht-status-badge--danger').text(), url).toBe('Afgelast');
      expect(card.find('.westwint-meeting__cancelled').text().trim(), url).toBe(
        'Afgelast: Er waren te weinig aanmeldingen.',
      );
    }
  });

  it('on its page, in its Event data, its calendar file, the calendar to subscribe to, the feed and the mail', () => {
    const $ = page('/agenda/wandeling-park-west/');
    expect($('h1').text()).toBe('Wandeling door Park West Afgelast');
    expect($('.utrecht-alert--error').text().trim()).toBe('Afgelast: Er waren te weinig aanmeldingen.');
    expect(JSON.parse($('script[type="application/ld+json"]').text())).toMatchObject({
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventCancelled',
    });
    for (const path of ['agenda/wandeling-park-west.ics', 'agenda.ics']) {
      const { events } = calendar(path);
      const event = events.find((e) => e.uid === 'wandeling-park-west@westwint.nl')!;
      expect(event.component.getFirstPropertyValue('status'), path).toBe('CANCELLED');
      expect(event.summary, path).toBe('Afgelast: Wandeling door Park West');
    }
    expect(file('rss.xml')).toContain('<title>Afgelast: Wandeling door Park West</title>');
    const mail = file('nieuwsbrief/heilust-2/mail/index.html');
    expect(mail).toContain('Afgelast: Wandeling door Park West');
    expect(mail).toContain('Gaat niet door: Er waren te weinig aanmeldingen.');
  });
});

describe('a meeting’s page and calendar files', () => {
  it('says when and where as text, links to its own calendar file, and carries Event data with its place and address', () => {
    const $ = page('/agenda/bewonersavond-park-west/');
    expect($('.westwint-facts').text()).toContain("Buurthuis 't WesthoesKampstraat 1, 6466 AB Kerkrade");
    expect($('.westwint-facts time').text()).toMatch(/^[a-z]+dag \d+ [a-z]+ \d{4}, 19\.30 tot 21\.00 uur$/);
    expect($('a.nl-button').attr('href')).toBe('/agenda/bewonersavond-park-west.ics');
    expect($('a.nl-button').text().trim()).toBe('Zet in mijn agenda');
    expect(JSON.parse($('script[type="application/ld+json"]').text())).toMatchObject({
      '@type': 'Event',
      name: 'Bewonersavond Park West',
      startDate: expect.stringMatching(new RegExp(`^${dayFromToday(1)}T19:30:00\\+0[12]:00$`)),
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: "Buurthuis 't Westhoes",
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Kampstraat 1',
          postalCode: '6466 AB',
          addressLocality: 'Kerkrade',
        },
      },
    });
  });

  it('its calendar file holds it alone, at the right instant, with a link back', () => {
    const { events } = calendar('agenda/bewonersavond-park-west.ics');
    expect(events.map((e) => e.uid)).toEqual(['bewonersavond-park-west@westwint.nl']);
    expect(events[0]!.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(events[0]!.startDate.toString()).toBe(`${dayFromToday(1)}T19:30:00`);
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe(
      `${FIXTURE_SITE}/agenda/bewonersavond-park-west/`,
    );
  });

  it('the calendar to subscribe to holds the last three months and every coming meeting, never a draft', () => {
    const { component, events } = calendar('agenda.ics');
    expect(events.map((e) => e.uid).sort()).toEqual(
      ['bewonersavond-park-west', 'open-dagen-buurtkamer', 'spreekuur-gisteren', 'wandeling-park-west'].map(
        (slug) => `${slug}@westwint.nl`,
      ),
    );
    expect(component.getFirstPropertyValue('source')).toBe(`${FIXTURE_SITE}/agenda.ics`);
    expect(component.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT12H');
    const allDay = events.find((e) => e.uid.startsWith('open-dagen'))!;
    expect([allDay.startDate.toString(), allDay.endDate.toString()]).toEqual(['2099-05-01', '2099-05-03']);
  });
});

describe('feeds, search, mail and drafts', () => {
  it('each coming meeting is in the site feed once, by its address, without a publication date', async () => {
    const feed = await new Parser().parseString(file('rss.xml'));
    const meetings = feed.items.filter((item) => item.categories?.includes('Agenda'));
    expect(meetings.map((item) => item.link)).toEqual(
      ['bewonersavond-park-west', 'wandeling-park-west', 'open-dagen-buurtkamer'].map(
        (slug) => `${FIXTURE_SITE}/agenda/${slug}/`,
      ),
    );
    expect(meetings.every((item) => item.pubDate === undefined)).toBe(true);
    expect((meetings[0] as { 'content:encoded'?: string })['content:encoded']).toContain('tuinkabouterplan');
    expect(meetings[0]!.contentSnippet).toMatch(
      /^[a-z]+dag \d+ [a-z]+ \d{4}, 19\.30 tot 21\.00 uur, Buurthuis 't Westhoes, Kampstraat 1, 6466 AB Kerkrade\. Kies mee/,
    );
  });

  it('a meeting page is indexed as "Agenda", with its buurt and year', () => {
    const $ = page('/agenda/bewonersavond-park-west/');
    expect($('meta[data-pagefind-filter="soort[content]"]').attr('content')).toBe('Agenda');
    expect(
      $('meta[data-pagefind-filter="buurt[content]"]')
        .map((_, el) => $(el).attr('content'))
        .get(),
    ).toEqual(['Heilust', 'Kaalheide']);
    expect($('[data-pagefind-body]')).toHaveLength(1);
  });

  it('the newsletter’s mail lists the meetings of the coming weeks under "Agenda"', () => {
    const mail = cheerio.load(file('nieuwsbrief/heilust-2/mail/index.html'));
    const text = mail('body').text();
    expect(mail('h2').text()).toContain('Agenda');
    expect(text).toContain('Bewonersavond Park West');
    expect(text).not.toContain('Open dagen in de buurtkamer');
    expect(text).not.toContain('Spreekuur woonconsulent');
  });

  it('an old address of a meeting is redirected; a draft meeting is nowhere', () => {
    expect(file('_redirects')).toMatch(/^\/bewonersavond\s+\/agenda\/bewonersavond-park-west\/\s+301$/m);
    expect(existsSync(join(built.outDir, 'agenda/geheime-bijeenkomst/index.html'))).toBe(false);
    expect(existsSync(join(built.outDir, 'agenda/geheime-bijeenkomst.ics'))).toBe(false);
    for (const path of ['agenda/index.html', 'agenda.ics', 'rss.xml', 'sitemap-0.xml'])
      expect(file(path), path).not.toContain('Geheime bijeenkomst');
    expect(file('sitemap-0.xml')).toContain(`${FIXTURE_SITE}/agenda/bewonersavond-park-west/`);
  });
});
