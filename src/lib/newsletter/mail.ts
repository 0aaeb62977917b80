/**
 * The mail that announces an edition, written in MJML and rendered with its strict validation,
 * so it holds up in Outlook, Gmail and Apple Mail: table layout, inline styles, absolute
 * addresses, no script, readable without images, in Dutch. Laposta fetches it from
 * /nieuwsbrief/<edition>/mail/ when the campaign is filled (src/lib/newsletter/announce.ts).
 */
import mjml2html from 'mjml';
import { mailText } from '../../strings/mail.ts';

export interface EditionMail {
  siteName: string;
  title: string;
  /** The day it appeared, as Dutch readers write it: "1 juni 2019". */
  dateText: string;
  summary: string;
  /** Absolute addresses. */
  pageUrl: string;
  homeUrl: string;
  image: { url: string; alt: string; width: number; height: number };
  /** The PDF, with the link text that says what it is (type, size, pages). */
  pdf?: { url: string; text: string };
  /** Where the unsubscribe link goes: the mailing service's placeholder. */
  unsubscribeUrl: string;
  /** The meetings of the coming weeks, soonest first; none leaves the agenda out. */
  meetings?: ReadonlyArray<{
    title: string;
    when: string;
    where: string;
    url: string;
    cancelled?: string | undefined;
  }>;
  /** The agenda on the site, absolute. */
  agendaUrl?: string;
}

/** The site's colours (src/styles/global.css), so the mail looks like the site. */
const COLOUR = {
  ink: '#1b1b1b',
  muted: '#4a4a4a',
  brand: '#14532d',
  soft: '#f3f6f2',
  link: '#0b4f8a',
  paper: '#ffffff',
};
const FONT = 'Verdana, Arial, Helvetica, sans-serif';

/** Text for MJML: its markup characters escaped, so content can never become markup. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The mail's MJML source. */
export function editionMailSource(mail: EditionMail): string {
  const e = escape;
  const pdf = mail.pdf
    ? `<mj-text><a href="${e(mail.pdf.url)}" style="color:${COLOUR.link}">${e(mail.pdf.text)}</a></mj-text>`
    : '';
  const meetings = mail.meetings ?? [];
  const agenda =
    meetings.length > 0
      ? `<mj-section background-color="${COLOUR.paper}" padding="8px 0 16px">
      <mj-column>
        <mj-text font-size="22px" line-height="1.3" font-weight="bold" color="${COLOUR.brand}"><h2 style="margin:0;font-size:22px;line-height:1.3">${e(mailText.agenda)}</h2></mj-text>
        ${meetings
          .map(
            (m) =>
              `<mj-text><a href="${e(m.url)}" style="color:${COLOUR.link};font-weight:bold">${e(m.cancelled ? mailText.cancelled(m.title) : m.title)}</a><br>${e(m.when)}<br>${e(m.where)}${m.cancelled ? `<br><strong>${e(mailText.cancelledBecause(m.cancelled))}</strong>` : ''}</mj-text>`,
          )
          .join('\n        ')}
        ${mail.agendaUrl ? `<mj-text><a href="${e(mail.agendaUrl)}" style="color:${COLOUR.link}">${e(mailText.agendaAll)}</a></mj-text>` : ''}
      </mj-column>
    </mj-section>`
      : '';
  return `<mjml lang="nl">
  <mj-head>
    <mj-title>${e(mail.title)}</mj-title>
    <mj-preview>${e(mailText.preview(mail.title))}</mj-preview>
    <mj-raw><meta name="robots" content="noindex, nofollow"></mj-raw>
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="18px" line-height="1.5" color="${COLOUR.ink}" padding="8px 24px" />
      <mj-button background-color="${COLOUR.brand}" color="${COLOUR.paper}" font-size="18px" font-weight="bold" border-radius="6px" inner-padding="14px 24px" padding="16px 24px" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${COLOUR.soft}" width="600px">
    <mj-section background-color="${COLOUR.paper}" padding="0">
      <mj-column>
        <mj-image src="${e(mail.image.url)}" alt="${e(mail.image.alt)}" width="${mail.image.width}px" height="auto" padding="0" href="${e(mail.homeUrl)}" />
      </mj-column>
    </mj-section>
    <mj-section background-color="${COLOUR.paper}" padding="16px 0 24px">
      <mj-column>
        <mj-text font-size="16px" color="${COLOUR.muted}">${e(mailText.heading)}</mj-text>
        <mj-text font-size="26px" line-height="1.3" font-weight="bold" color="${COLOUR.brand}"><h1 style="margin:0;font-size:26px;line-height:1.3">${e(mail.title)}</h1></mj-text>
        <mj-text font-size="16px" color="${COLOUR.muted}">${e(mailText.published(mail.dateText))}</mj-text>
        <mj-text>${e(mail.summary)}</mj-text>
        <mj-button href="${e(mail.pageUrl)}">${e(mailText.readOnSite)}</mj-button>
        ${pdf}
      </mj-column>
    </mj-section>
    ${agenda}
    <mj-section padding="16px 0">
      <mj-column>
        <mj-text font-size="15px" color="${COLOUR.muted}">${e(mailText.sender(mail.siteName))}</mj-text>
        <mj-text font-size="15px" color="${COLOUR.muted}">${e(mailText.why)}</mj-text>
        <mj-text font-size="15px"><a href="${e(mail.unsubscribeUrl)}" style="color:${COLOUR.link}">${e(mailText.unsubscribe)}</a> · <a href="${e(mail.homeUrl)}" style="color:${COLOUR.link}">${e(mailText.website(mail.siteName))}</a></mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

/** The mail as HTML. MJML's strict validation stops the build on any mistake in the template. */
export async function editionMailHtml(mail: EditionMail): Promise<string> {
  const { html } = await mjml2html(editionMailSource(mail), { validationLevel: 'strict' });
  return html;
}
