/**
 * The mail of an edition (src/lib/newsletter/mail.ts): MJML that passes its strict validation, in
 * the colours and type of the design tokens (src/lib/newsletter/mail-look.ts).
 * The built mail pages: tests/builds/newsletter-mail.test.ts.
 */
import mjml2html from 'mjml';
import { describe, expect, it } from 'vitest';
import { mailText } from '../../src/strings/mail';
import { loadTheme } from '../../src/integrations/design';
import { editionMailSource as source, type EditionMail } from '../../src/lib/newsletter/mail';
import { MAIL_TOKENS, mailLook, type MailLook } from '../../src/lib/newsletter/mail-look';

/**
 * The mail's look as the tokens give it: the colours and sizes it had before the tokens, but for
 * the quiet text under the mail (15 px, now 16) and the line height of its text (1.5, now 1.6).
 */
const LOOK: MailLook = {
  textColor: '#1b1b1b',
  quietColor: '#4a4a4a',
  linkColor: '#0b4f8a',
  headingColor: '#14532d',
  backgroundColor: '#f3f6f2',
  contentBackgroundColor: '#ffffff',
  buttonBackgroundColor: '#14532d',
  buttonColor: '#ffffff',
  fontFamily: 'Verdana, Arial, Helvetica, sans-serif',
  fontSize: '18px',
  smallFontSize: '16px',
  heading1FontSize: '26px',
  heading2FontSize: '22px',
  buttonFontSize: '18px',
  lineHeight: '1.6',
  headingLineHeight: '1.3',
  headingFontWeight: '700',
  buttonFontWeight: '700',
};
const editionMailSource = (edition: EditionMail) => source(edition, LOOK);

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

describe('the mail’s look comes from the design tokens', () => {
  it('the theme’s westwint-mail set gives it, sizes in whole pixels at the site’s root size', async () => {
    expect(mailLook(await loadTheme())).toEqual(LOOK);
  });

  it('goes into the mail: its colours, font and sizes', async () => {
    const { html } = await mjml2html(
      source(mail, { ...LOOK, linkColor: '#123456', heading1FontSize: '40px' }),
      { validationLevel: 'strict' },
    );
    expect(html).toContain('color:#123456');
    expect(html).toContain('font-size:40px');
    expect(html).toContain('Verdana, Arial, Helvetica, sans-serif');
    expect(html).toContain('background-color:#f3f6f2');
  });

  const theme = (set: Record<string, string>) => ({
    sets: new Map([['westwint-mail', new Map(Object.entries(set))]]),
  });
  const tokens = Object.fromEntries(MAIL_TOKENS.map((name) => [name, '#000000']));
  const valid: Record<string, string> = {
    ...tokens,
    'westwint-mail-root-font-size': '112.5%',
    'westwint-mail-font-family': 'Verdana, sans-serif',
    ...Object.fromEntries(
      MAIL_TOKENS.filter((name) => name.endsWith('font-size') && !name.includes('root')).map((name) => [
        name,
        '1rem',
      ]),
    ),
    'westwint-mail-line-height': '1.6',
    'westwint-mail-heading-line-height': '1.25',
    'westwint-mail-heading-font-weight': '700',
    'westwint-mail-button-font-weight': '700',
  };

  it('turns rem into pixels at the root size, and rounds to whole pixels', () => {
    expect(mailLook(theme(valid)).fontSize).toBe('18px');
    expect(mailLook(theme({ ...valid, 'westwint-mail-font-size': '0.875rem' })).fontSize).toBe('16px');
    expect(mailLook(theme({ ...valid, 'westwint-mail-root-font-size': '20px' })).fontSize).toBe('20px');
  });

  it('stops the build naming a token that is missing, or one no mail client reads', () => {
    expect(() => mailLook({ sets: new Map() })).toThrow(/westwint-mail\.tokens\.json/);
    const { 'westwint-mail-link-color': _, ...withoutLink } = valid;
    expect(() => mailLook(theme(withoutLink))).toThrow(/westwint-mail-link-color/);
    expect(() =>
      mailLook(theme({ ...valid, 'westwint-mail-heading-1-font-size': 'clamp(1.75rem, 5vw, 2.4rem)' })),
    ).toThrow(/westwint-mail-heading-1-font-size is "clamp/);
    expect(() => mailLook(theme({ ...valid, 'westwint-mail-color': 'var(--x)' }))).toThrow(
      /westwint-mail-color is "var\(--x\)"/,
    );
    expect(() => mailLook(theme({ ...valid, 'westwint-mail-font-family': 'Verdana" onload="x' }))).toThrow(
      /westwint-mail-font-family/,
    );
  });
});

describe('the mail of an edition', () => {
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

  it('lists the works going on and coming, one called off as such, and leaves them out without any', async () => {
    const works = [
      {
        title: 'Nieuwe riolering in de <i>Geraniumstraat</i>',
        when: 'van maandag 18 januari tot en met vrijdag 5 maart 2027',
        streets: 'Geraniumstraat',
        url: 'https://www.westwint.nl/werkzaamheden/nieuwe-riolering-geraniumstraat/',
      },
      {
        title: 'Nieuwe paden',
        when: 'van maandag 23 november tot en met vrijdag 18 december 2026',
        streets: 'Lupinehof en Spireahof',
        url: 'https://www.westwint.nl/werkzaamheden/paden/',
        cancelled: 'Het vriest te hard.',
      },
    ];
    const { html, errors } = await mjml2html(
      editionMailSource({ ...mail, works, worksUrl: 'https://www.westwint.nl/werkzaamheden/' }),
      { validationLevel: 'strict' },
    );
    expect(errors).toEqual([]);
    expect(html).toContain(`>${mailText.works}</h2>`);
    expect(html).toContain('Nieuwe riolering in de &lt;i&gt;Geraniumstraat&lt;/i&gt;');
    expect(html).toContain('van maandag 18 januari tot en met vrijdag 5 maart 2027<br>Geraniumstraat');
    expect(html).toContain('Afgelast: Nieuwe paden');
    expect(html).toContain('Gaat niet door: Het vriest te hard.');
    expect(html).toContain('href="https://www.westwint.nl/werkzaamheden/"');
    expect((await mjml2html(editionMailSource(mail), { validationLevel: 'strict' })).html).not.toContain(
      `>${mailText.works}</h2>`,
    );
  });

  it('lists the answers to ideas given since the edition before, and leaves them out without any', async () => {
    const answers = [
      {
        title: 'Zet een <i>boom</i> in Park West.',
        status: 'Uitgevoerd',
        url: 'https://www.westwint.nl/ideeen/2016-004/',
      },
    ];
    const { html, errors } = await mjml2html(
      editionMailSource({ ...mail, answers, ideasUrl: 'https://www.westwint.nl/ideeen/' }),
      { validationLevel: 'strict' },
    );
    expect(errors).toEqual([]);
    expect(html).toContain('>Nieuwe antwoorden op ideeën van bewoners</h2>');
    expect(html).toContain('Zet een &lt;i&gt;boom&lt;/i&gt; in Park West.');
    expect(html).toContain('href="https://www.westwint.nl/ideeen/2016-004/"');
    expect(html).toContain('href="https://www.westwint.nl/ideeen/"');
    expect((await mjml2html(editionMailSource(mail), { validationLevel: 'strict' })).html).not.toContain(
      'Nieuwe antwoorden op ideeën',
    );
  });

  it('strict validation refuses a template mistake, so a broken mail stops the build', async () => {
    const broken = editionMailSource(mail).replace('<mj-column>', '<mj-column kleur="rood">');
    await expect(mjml2html(broken, { validationLevel: 'strict' })).rejects.toThrow(/kleur/);
  });
});
