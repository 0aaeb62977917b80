/**
 * The mail that announces an edition, written in MJML and rendered with its strict validation,
 * so it holds up in Outlook, Gmail and Apple Mail: table layout, inline styles, absolute
 * addresses, no script, readable without images, in Dutch. Laposta fetches it from
 * /nieuwsbrief/<edition>/mail/ when the campaign is filled (src/lib/newsletter/announce.ts).
 * Its colours and type are the design tokens' (mail-look.ts), so the mail looks like the site.
 */
import mjml2html from 'mjml';
import { mailText } from '../../strings/mail.ts';
import type { MailLook } from './mail-look.ts';

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
  /** Works going on now and coming, soonest first; none leaves them out. */
  works?: ReadonlyArray<{
    title: string;
    /** "van maandag 12 april tot en met vrijdag 30 april 2027" */
    when: string;
    streets: string;
    url: string;
    cancelled?: string | undefined;
  }>;
  /** The works' page, absolute. */
  worksUrl?: string;
  /** The answers to public ideas given since the edition before, newest first; none leaves them out. */
  answers?: ReadonlyArray<{ title: string; status: string; url: string }>;
  /** The ideas' page, absolute. */
  ideasUrl?: string;
}

/** One item of a list in the mail: its title linked, the lines under it, and why it is called off. */
interface ListedItem {
  title: string;
  url: string;
  lines: readonly string[];
  cancelled?: string | undefined;
}

/** Text for MJML: its markup characters escaped, so content can never become markup. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The mail's MJML source, in the look of the design tokens. */
export function editionMailSource(mail: EditionMail, look: MailLook): string {
  const e = escape;
  const pdf = mail.pdf
    ? `<mj-text><a href="${e(mail.pdf.url)}" style="color:${look.linkColor}">${e(mail.pdf.text)}</a></mj-text>`
    : '';
  /** A titled list of linked items (the agenda, works, answers) and a link to all; nothing without items. */
  const listSection = (title: string, items: readonly ListedItem[], all?: { url: string; text: string }) =>
    items.length === 0
      ? ''
      : `<mj-section background-color="${look.contentBackgroundColor}" padding="8px 0 16px">
      <mj-column>
        <mj-text font-size="${look.heading2FontSize}" line-height="${look.headingLineHeight}" font-weight="${look.headingFontWeight}" color="${look.headingColor}"><h2 style="margin:0;font-size:${look.heading2FontSize};line-height:${look.headingLineHeight}">${e(title)}</h2></mj-text>
        ${items
          .map(
            (item) =>
              `<mj-text><a href="${e(item.url)}" style="color:${look.linkColor};font-weight:${look.headingFontWeight}">${e(item.cancelled ? mailText.cancelled(item.title) : item.title)}</a>${item.lines.map((line) => `<br>${e(line)}`).join('')}${item.cancelled ? `<br><strong>${e(mailText.cancelledBecause(item.cancelled))}</strong>` : ''}</mj-text>`,
          )
          .join('\n        ')}
        ${all ? `<mj-text><a href="${e(all.url)}" style="color:${look.linkColor}">${e(all.text)}</a></mj-text>` : ''}
      </mj-column>
    </mj-section>`;
  const linkToAll = (url: string | undefined, text: string) => (url ? { url, text } : undefined);
  const agenda = listSection(
    mailText.agenda,
    (mail.meetings ?? []).map((m) => ({ ...m, lines: [m.when, m.where] })),
    linkToAll(mail.agendaUrl, mailText.agendaAll),
  );
  const worksSection = listSection(
    mailText.works,
    (mail.works ?? []).map((w) => ({ ...w, lines: [w.when, w.streets] })),
    linkToAll(mail.worksUrl, mailText.worksAll),
  );
  const answered = listSection(
    mailText.answers,
    (mail.answers ?? []).map((a) => ({ title: a.title, url: a.url, lines: [a.status] })),
    linkToAll(mail.ideasUrl, mailText.answersAll),
  );
  return `<mjml lang="nl">
  <mj-head>
    <mj-title>${e(mail.title)}</mj-title>
    <mj-preview>${e(mailText.preview(mail.title))}</mj-preview>
    <mj-raw><meta name="robots" content="noindex, nofollow"></mj-raw>
    <mj-attributes>
      <mj-all font-family="${look.fontFamily}" />
      <mj-text font-size="${look.fontSize}" line-height="${look.lineHeight}" color="${look.textColor}" padding="8px 24px" />
      <mj-button background-color="${look.buttonBackgroundColor}" color="${look.buttonColor}" font-size="${look.buttonFontSize}" font-weight="${look.buttonFontWeight}" border-radius="6px" inner-padding="14px 24px" padding="16px 24px" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${look.backgroundColor}" width="600px">
    <mj-section background-color="${look.contentBackgroundColor}" padding="0">
      <mj-column>
        <mj-image src="${e(mail.image.url)}" alt="${e(mail.image.alt)}" width="${mail.image.width}px" height="auto" padding="0" href="${e(mail.homeUrl)}" />
      </mj-column>
    </mj-section>
    <mj-section background-color="${look.contentBackgroundColor}" padding="16px 0 24px">
      <mj-column>
        <mj-text font-size="${look.smallFontSize}" color="${look.quietColor}">${e(mailText.heading)}</mj-text>
        <mj-text font-size="${look.heading1FontSize}" line-height="${look.headingLineHeight}" font-weight="${look.headingFontWeight}" color="${look.headingColor}"><h1 style="margin:0;font-size:${look.heading1FontSize};line-height:${look.headingLineHeight}">${e(mail.title)}</h1></mj-text>
        <mj-text font-size="${look.smallFontSize}" color="${look.quietColor}">${e(mailText.published(mail.dateText))}</mj-text>
        <mj-text>${e(mail.summary)}</mj-text>
        <mj-button href="${e(mail.pageUrl)}">${e(mailText.readOnSite)}</mj-button>
        ${pdf}
      </mj-column>
    </mj-section>
    ${agenda}
    ${worksSection}
    ${answered}
    <mj-section padding="16px 0">
      <mj-column>
        <mj-text font-size="${look.smallFontSize}" color="${look.quietColor}">${e(mailText.sender(mail.siteName))}</mj-text>
        <mj-text font-size="${look.smallFontSize}" color="${look.quietColor}">${e(mailText.why)}</mj-text>
        <mj-text font-size="${look.smallFontSize}"><a href="${e(mail.unsubscribeUrl)}" style="color:${look.linkColor}">${e(mailText.unsubscribe)}</a> · <a href="${e(mail.homeUrl)}" style="color:${look.linkColor}">${e(mailText.website(mail.siteName))}</a></mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

/** The mail as HTML. MJML's strict validation stops the build on any mistake in the template. */
export async function editionMailHtml(mail: EditionMail, look: MailLook): Promise<string> {
  const { html } = await mjml2html(editionMailSource(mail, look), { validationLevel: 'strict' });
  return html;
}
