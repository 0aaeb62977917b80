/**
 * What the build publishes for the newsletter, in the good fixture's build: the mail of each
 * edition (/nieuwsbrief/<edition>/mail/), the list of editions the announcing function reads, and
 * the days the scheduled build waits for.
 */
import { securityTxtRenewalDays } from '../../src/lib/urls/deploy-files';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../../scripts/lib/astro-build.ts';
import { sitemapUrls } from '../../scripts/lib/sitemap.ts';
import { loadTheme } from '../../src/integrations/design';
import { LAPOSTA_UNSUBSCRIBE_LINK } from '../../src/lib/newsletter/laposta';
import { mailLook } from '../../src/lib/newsletter/mail-look';
import { dayFromToday, FIXTURE_SITE, fixtureSite } from '../helpers/fixture';

let build: BuildResult;
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

beforeAll(() => {
  build = fixtureSite();
});

describe('/nieuwsbrief/edities.json and /geplande-dagen.json', () => {
  test('list the published editions, newest first, with their page and mail', () => {
    expect(JSON.parse(read('nieuwsbrief/edities.json'))).toEqual({
      editions: [
        {
          edition: 2,
          title: 'Nieuwsbrief Heilust 2',
          date: '2012-03-15',
          page: '/nieuwsbrief/heilust-2/',
          mail: '/nieuwsbrief/heilust-2/mail/',
        },
        {
          edition: 1,
          title: 'Nieuwsbrief Heilust 1',
          date: '2011-06-01',
          page: '/nieuwsbrief/heilust-1/',
          mail: '/nieuwsbrief/heilust-1/mail/',
        },
      ],
    });
  });

  test('the days a finished item waits for, those after a coming meeting’s last day, a new year for the ideas’ counts, and those that renew security.txt, in order and without titles', () => {
    const days = [
      dayFromToday(2),
      dayFromToday(3),
      ...securityTxtRenewalDays(dayFromToday(0)),
      // The first of January after the fixture's ideas came in: /ideeen/ counts "this year".
      '2028-01-01',
      '2099-01-01',
      '2099-05-03',
    ].sort();
    expect(read('geplande-dagen.json')).toBe(JSON.stringify({ days }));
  });
});

describe.each(['heilust-1', 'heilust-2'])('the mail of %s', (slug) => {
  const $ = () => cheerio.load(read(`nieuwsbrief/${slug}/mail/index.html`));

  test('is Dutch, says noindex, has no script, and every address but the unsubscribe placeholder is absolute', () => {
    const mail = $();
    expect(mail('html').attr('lang')).toBe('nl');
    expect(mail('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect(mail('script')).toHaveLength(0);
    const addresses = mail('[href], [src]')
      .map((_, el) => mail(el).attr('href') ?? mail(el).attr('src'))
      .get();
    expect(addresses.filter((a) => a === LAPOSTA_UNSUBSCRIBE_LINK)).toHaveLength(1);
    for (const address of addresses.filter((a) => a !== LAPOSTA_UNSUBSCRIBE_LINK))
      expect(address).toMatch(new RegExp(`^${FIXTURE_SITE}/`));
  });

  test('says which edition, when, what is in it, links to its page and is readable without images', () => {
    const mail = $();
    const number = slug.slice(-1);
    expect(mail('h1').text()).toBe(`Nieuwsbrief Heilust ${number}`);
    expect(mail('a[href$="/nieuwsbrief/' + slug + '/"]').text()).toContain(
      'Lees de nieuwsbrief op de website',
    );
    expect(mail('img').attr('alt')).toBe(
      'De naam West wint aan ruimte in witte letters op een groene achtergrond',
    );
    expect(mail('body').text()).toContain(
      number === '2' ? 'Verschenen op 15 maart 2012' : 'Verschenen op 1 juni 2011',
    );
    expect(mail('body').text()).toContain('Afmelden voor deze e-mails');
  });

  test('has the colours and type of the design tokens, written into the mail', async () => {
    const look = mailLook(await loadTheme());
    const mail = $();
    expect(mail('h1').attr('style')).toContain(`font-size:${look.heading1FontSize}`);
    expect(mail('h1').parent().attr('style')).toContain(`color:${look.headingColor}`);
    expect(mail('body').attr('style')).toContain(`background-color:${look.backgroundColor}`);
    const button = mail('a[href$="/nieuwsbrief/' + slug + '/"]').closest('table');
    expect(button.html()).toContain(`background:${look.buttonBackgroundColor}`);
    expect(mail.html()).toContain(`font-family:${look.fontFamily}`);
    expect(mail.html(), 'no custom property a mail client would not read').not.toContain('var(--');
  });
});

describe('the mail is no page of the site', () => {
  test('its PDF link says type, size and pages (heilust-2 has one)', () => {
    const mail = cheerio.load(read('nieuwsbrief/heilust-2/mail/index.html'));
    expect(mail(`a[href="${FIXTURE_SITE}/nieuwsbrief/pdf/heilust-2.pdf"]`).text()).toMatch(
      /^Download de nieuwsbrief \(pdf, [\d,]+ kB, \d+ pagina/,
    );
  });

  test('not in the sitemap, the search index or a feed', () => {
    expect(sitemapUrls(build.outDir).filter((url) => url.includes('/mail/'))).toEqual([]);
    const fragments = join(build.outDir, 'pagefind/fragment');
    const indexed = readdirSync(fragments).map((file) =>
      gunzipSync(readFileSync(join(fragments, file))).toString('utf8'),
    );
    expect(indexed.some((fragment) => fragment.includes('/mail/'))).toBe(false);
    for (const feed of ['rss.xml', 'nieuwsbrief/rss.xml']) expect(read(feed)).not.toContain('/mail/');
  });
});
