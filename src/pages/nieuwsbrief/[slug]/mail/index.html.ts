/**
 * /nieuwsbrief/<edition>/mail/: the mail that announces an edition (src/lib/newsletter/mail.ts),
 * which Laposta fetches to fill the campaign. Not a page of the site: it says noindex, and stays
 * out of the sitemap, the search index and the feeds. Its colours and type are the design tokens'
 * (src/lib/newsletter/mail-look.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../../lib/content/content';
import type { Edition } from '../../../../lib/content/types/editions';
import { formatDate } from '../../../../lib/dates/amsterdam';
import { LAPOSTA_UNSUBSCRIBE_LINK } from '../../../../lib/newsletter/laposta';
import { editionMailHtml } from '../../../../lib/newsletter/mail';
import { mailLook } from '../../../../lib/newsletter/mail-look';
import { loadTheme } from '../../../../integrations/design';
import { SHARE_IMAGE } from '../../../../lib/head/page-meta';
import { urls } from '../../../../lib/urls/routes';
import { t } from '../../../../strings/site';
import { MAIL_AGENDA_WEEKS } from '../../../../consts';
import { meetingTime } from '../../../../lib/agenda/when';
import { whenText } from '../../../../lib/agenda/words';
import { ideaHeading } from '../../../../lib/ideas/heading';
import { IDEA_STATUS_LABELS } from '../../../../lib/ideas/status';

/** The meetings that start within MAIL_AGENDA_WEEKS weeks of the build (the mail is fetched the day it goes out). */
function comingWeeks(content: Awaited<ReturnType<typeof getContent>>) {
  const until = Date.now() + MAIL_AGENDA_WEEKS * 7 * 86_400_000;
  return content.coming('meetings').filter((m) => m.data.start.instant.getTime() <= until);
}

/**
 * The answers to public ideas given after the edition before this one, until the next edition (or
 * this build, for the newest), newest first.
 */
function answersSince(content: Awaited<ReturnType<typeof getContent>>, edition: Edition) {
  const { editions } = content.items;
  const at = editions.indexOf(edition);
  const after = editions[at + 1]?.data.date.getTime() ?? -Infinity;
  const until = editions[at - 1]?.data.date.getTime() ?? Infinity;
  return content.items.ideas.filter((idea) => {
    const answered = (idea.data.answered ?? idea.data.received).getTime();
    return answered > after && answered <= until;
  });
}

export const getStaticPaths = (async () => {
  const { editions } = (await getContent()).items;
  return editions.map((edition) => ({ params: { slug: edition.id }, props: { edition } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition }> = async ({ props: { edition }, site }) => {
  if (!site)
    throw new Error('De mail van een editie heeft het adres van de site nodig (site in astro.config.mjs).');
  const content = await getContent();
  const absolute = (path: string) => new URL(path, site).href;
  const pdf = edition.data.pdf ? content.pdfOf(edition) : undefined;
  const look = mailLook(await loadTheme());
  const html = await editionMailHtml(
    {
      siteName: content.settings.name,
      title: edition.data.title,
      dateText: formatDate(edition.data.date),
      summary: edition.data.summary,
      pageUrl: absolute(urls.edition(edition.id)),
      homeUrl: absolute(urls.home()),
      image: {
        url: absolute(SHARE_IMAGE.path),
        alt: t.shareImageAlt(content.settings.name),
        width: 600,
        height: Math.round((600 * SHARE_IMAGE.height) / SHARE_IMAGE.width),
      },
      ...(edition.data.pdf && pdf
        ? { pdf: { url: absolute(edition.data.pdf), text: t.downloadPdf(pdf.bytes, pdf.pages) } }
        : {}),
      unsubscribeUrl: LAPOSTA_UNSUBSCRIBE_LINK,
      meetings: comingWeeks(content).map((m) => ({
        title: m.data.title,
        when: whenText(meetingTime(m.data)),
        where: [m.data.location, m.data.address].filter(Boolean).join(', '),
        url: absolute(urls.meeting(m.id)),
        cancelled: m.data.cancelled,
      })),
      agendaUrl: absolute(urls.agenda()),
      answers: answersSince(content, edition).map((idea) => ({
        title: ideaHeading(idea.data.idea ?? ''),
        status: IDEA_STATUS_LABELS[idea.data.status],
        url: absolute(urls.idea(idea.id)),
      })),
      ideasUrl: absolute(urls.ideas()),
    },
    look,
  );
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
