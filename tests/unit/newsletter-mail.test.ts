/**
 * The mail of an edition (src/lib/newsletter/mail.ts): MJML that passes its strict validation.
 * The built mail pages: tests/builds/newsletter-mail.test.ts.
 */
import mjml2html from 'mjml';
import { describe, expect, it } from 'vitest';
import { editionMailSource, type EditionMail } from '../../src/lib/newsletter/mail';

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
