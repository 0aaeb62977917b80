/**
 * /nieuwsbrief/<edition>/mail/: the mail that announces an edition (src/lib/newsletter/mail.ts),
 * which Laposta fetches to fill the campaign. Not a page of the site: it says noindex, and stays
 * out of the sitemap, the search index and the feeds. Its colours and type are the design tokens'
 * (src/lib/newsletter/mail-look.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../../../lib/content/content';
import type { Edition } from '../../../../lib/content/types/editions';
import type { Idea } from '../../../../lib/content/types/ideas';
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
import { periodText } from '../../../../lib/works/period';
import { namesText } from '../../../../strings/works';

/** The meetings that start within MAIL_AGENDA_WEEKS weeks of the build (the mail is fetched the day it goes out). */
function comingWeeks(content: Awaited<ReturnType<typeof getContent>>) {
  const until = Date.now() + MAIL_AGENDA_WEEKS * 7 * 86_400_000;
  return content.coming('meetings').filter((m) => m.data.start.instant.getTime() <= until);
}

/**
 * Each edition with the answers to public ideas given since the edition before it, before its own
 * day: each answer goes out once, with the first edition after it (an answer given on or after the
 * newest edition's day waits for the next). Editions and answers are both newest first, so one
 * pass from the oldest of each sorts every answer in (a page built once per edition must not walk
 * the archive: tests/builds/archive-cost.test.ts).
 */
export const getStaticPaths = (async () => {
  const { editions, ideas } = (await getContent()).items;
  const answersOf = new Map<string, Idea[]>();
  let at = editions.length - 1;
  for (const idea of [...ideas].reverse()) {
    const answered = (idea.data.answered ?? idea.data.received).getTime();
    while (at >= 0 && editions[at]!.data.date.getTime() <= answered) at -= 1;
    const edition = editions[at];
    if (!edition) break;
    answersOf.set(edition.id, [idea, ...(answersOf.get(edition.id) ?? [])]);
  }
  return editions.map((edition) => ({
    params: { slug: edition.id },
    props: { edition, answers: answersOf.get(edition.id) ?? [] },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Edition; answers: Idea[] }> = async ({
  props: { edition, answers },
  site,
}) => {
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
      // Works going on now and coming, as /werkzaamheden/ lists them.
      works: content.coming('works').map((w) => ({
        title: w.data.title,
        when: periodText(w.data),
        streets: namesText(w.data.streets),
        url: absolute(urls.worksItem(w.id)),
        cancelled: w.data.cancelled,
      })),
      worksUrl: absolute(urls.works()),
      answers: answers.map((idea) => ({
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
