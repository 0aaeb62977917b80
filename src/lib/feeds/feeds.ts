/**
 * The RSS feeds: which items each feed holds and how an item is written. The
 * endpoints (each rss.xml.ts) only pick a feed and call `feedResponse`.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { NEWS_FEED_LIMIT } from '../../consts';
import { formText } from '../../strings/forms';
import { t } from '../../strings/site';
import type { Content } from '../content/content';
import type { Edition } from '../content/types/editions';
import type { Idea } from '../content/types/ideas';
import type { Meeting } from '../content/types/meetings';
import type { NewsItem } from '../content/types/news';
import type { Works } from '../content/types/works';
import { effectLabels } from '../works/effects';
import { periodText } from '../works/period';
import { namesText, worksText } from '../../strings/works';
import { meetingTime } from '../agenda/when';
import { whenText } from '../agenda/words';
import { amsterdamDay, rfc822InAmsterdam } from '../dates/amsterdam';
import { ideaHeading } from '../ideas/heading';
import { IDEA_STATUS_LABELS } from '../ideas/status';
import { ideaText } from '../../strings/ideas';
import { absoluteUrlsInHtml, escapeXml } from './absolute-urls';
import { urls } from '../urls/routes';

type FeedEntry =
  | { kind: 'news'; entry: NewsItem }
  | { kind: 'edition'; entry: Edition }
  | { kind: 'meeting'; entry: Meeting }
  | { kind: 'works'; entry: Works }
  | { kind: 'idea'; entry: Idea };

export interface Feed {
  title: string;
  description: string;
  /** The feed's own address (for the atom self link). */
  path: string;
  /** The page the feed belongs to (the channel link). */
  page: string;
  /** Worked out only when the feed itself is written, not for every page that links to it. */
  entries: () => FeedEntry[];
}

/** What a feed is about: a project or a neighbourhood. */
type Subject = { id: string; data: { title: string } };

/** What a page's head needs to link to a feed. */
export type FeedLink = Pick<Feed, 'title' | 'path'>;

const news = (items: NewsItem[]): FeedEntry[] =>
  items.slice(0, NEWS_FEED_LIMIT).map((entry) => ({ kind: 'news', entry }));
const editions = (items: Edition[]): FeedEntry[] => items.map((entry) => ({ kind: 'edition', entry }));
/** Answers to ideas, newest first, capped like the news. */
const answers = (items: Idea[]): FeedEntry[] =>
  items.slice(0, NEWS_FEED_LIMIT).map((entry) => ({ kind: 'idea', entry }));

export function newsFeed(content: Content): Feed {
  return {
    title: t.newsFeedTitle(content.settings.name),
    description: t.newsFeedDescription(content.settings.name),
    path: urls.newsFeed(),
    page: urls.news(),
    entries: () => news(content.items.news),
  };
}

/** Every edition, however many: residents asked to hear of each new one. */
export function editionsFeed(content: Content): Feed {
  return {
    title: t.editionsFeedTitle,
    description: t.editionsFeedDescription,
    path: urls.editionsFeed(),
    page: urls.editions(),
    entries: () => editions(content.items.editions),
  };
}

/** Every answer to a public idea, dated by the answer: a new status with a new answer is news again. */
export function ideasFeed(content: Content): Feed {
  return {
    title: ideaText.feedTitle(content.settings.name),
    description: ideaText.feedDescription(content.settings.name),
    path: urls.ideasFeed(),
    page: urls.ideas(),
    entries: () => answers(content.items.ideas),
  };
}

/**
 * Coming meetings, soonest first, then news (capped like the news feed), answers to ideas (capped
 * alike) and every edition, newest first. A meeting has no day it was published: it carries no pubDate, so a reader shows it once,
 * when it first sees it, and recognises it by its address after a change.
 */
export function siteFeed(content: Content): Feed {
  const entries = (): FeedEntry[] => [
    ...content.coming('meetings').map((entry) => ({ kind: 'meeting' as const, entry })),
    ...content.coming('works').map((entry) => ({ kind: 'works' as const, entry })),
    ...[
      ...news(content.items.news),
      ...answers(content.items.ideas),
      ...editions(content.items.editions),
    ].sort((a, b) => dateOf(b).getTime() - dateOf(a).getTime()),
  ];
  return {
    title: t.siteFeedTitle(content.settings.name),
    description: content.settings.description,
    path: urls.siteFeed(),
    page: urls.home(),
    entries,
  };
}

/**
 * News about one subject (a project; a neighbourhood, with what is planned in it), capped like the
 * news feed, after its works now and coming (as the site feed lists them: without a pubDate).
 */
function subjectFeed(
  title: string,
  description: string,
  path: string,
  page: string,
  items: () => NewsItem[],
  works: () => Works[],
): Feed {
  return {
    title,
    description,
    path,
    page,
    entries: () => [...works().map((entry) => ({ kind: 'works' as const, entry })), ...news(items())],
  };
}

/** Works not over yet, soonest first. */
const comingOf = (content: Content, works: Works[]) => works.filter((w) => !content.isOver(w));

export function projectFeed(content: Content, project: Subject): Feed {
  const name = project.data.title;
  const description = t.projectFeedDescription(name, content.settings.name);
  return subjectFeed(
    t.projectFeedTitle(name),
    description,
    urls.projectFeed(project.id),
    urls.project(project.id),
    () => content.about('news', project.id),
    () => comingOf(content, content.about('works', project.id)),
  );
}

/** News about a neighbourhood, also when it is about a project there. */
export function neighbourhoodFeed(content: Content, neighbourhood: Subject): Feed {
  const name = neighbourhood.data.title;
  const description = t.neighbourhoodFeedDescription(name, content.settings.name);
  return subjectFeed(
    t.neighbourhoodFeedTitle(name),
    description,
    urls.neighbourhoodFeed(neighbourhood.id),
    urls.neighbourhood(neighbourhood.id),
    () => content.inNeighbourhood('news', neighbourhood.id),
    () => comingOf(content, content.inNeighbourhood('works', neighbourhood.id)),
  );
}

function dateOf(feedEntry: FeedEntry): Date {
  switch (feedEntry.kind) {
    case 'meeting':
      return feedEntry.entry.data.start.instant;
    case 'works':
      return feedEntry.entry.data.start;
    case 'idea':
      return feedEntry.entry.data.answered ?? feedEntry.entry.data.received;
    default:
      return feedEntry.entry.data.date;
  }
}

let container: Promise<AstroContainer> | undefined;

/**
 * The entry's body as the page shows it. A Markdown entry's Content is the HTML Astro stored
 * when it synced the content, so that HTML is used as it is; only an entry with images in its
 * text is rendered, so that Astro fills in their addresses.
 */
async function bodyHtml(entry: NewsItem | Edition | Meeting | Works | Idea): Promise<string> {
  if (entry.rendered && !entry.rendered.metadata?.imagePaths?.length) return entry.rendered.html;
  container ??= AstroContainer.create();
  const { Content } = await render(entry);
  return (await container).renderToString(Content);
}

/** The body with every address made absolute; an item in several feeds is done once per build. */
const fullContents = new WeakMap<NewsItem | Edition | Meeting | Works | Idea, Promise<string>>();

function fullContent(entry: NewsItem | Edition | Meeting | Works | Idea, pageUrl: string): Promise<string> {
  let html = fullContents.get(entry);
  if (!html) {
    html = bodyHtml(entry).then((body) => absoluteUrlsInHtml(body, pageUrl));
    fullContents.set(entry, html);
  }
  return html;
}

async function itemOf(content: Content, feedEntry: FeedEntry, siteUrl: URL): Promise<RSSFeedItem> {
  if (feedEntry.kind === 'meeting') return meetingItem(content, feedEntry.entry, siteUrl);
  if (feedEntry.kind === 'works') return worksItem(content, feedEntry.entry, siteUrl);
  if (feedEntry.kind === 'idea') return ideaItem(content, feedEntry.entry, siteUrl);
  const { entry } = feedEntry;
  const path = feedEntry.kind === 'news' ? urls.newsItem(entry.id) : urls.edition(entry.id);
  const link = new URL(path, siteUrl).href;
  const item: RSSFeedItem = {
    title: entry.data.title,
    link,
    description: entry.data.summary,
    content: await fullContent(entry, link),
    // @astrojs/rss prints pubDate in UTC (the evening before, for a day in Amsterdam); write our own.
    customData: `<pubDate>${rfc822InAmsterdam(entry.data.date)}</pubDate>`,
    categories: feedEntry.kind === 'news' ? content.topicsOf(feedEntry.entry) : [t.editionsTitle],
  };
  if (feedEntry.kind === 'edition' && feedEntry.entry.data.pdf) {
    const pdf = feedEntry.entry.data.pdf;
    item.enclosure = {
      url: new URL(pdf, siteUrl).href,
      length: content.pdfOf(feedEntry.entry)?.bytes ?? 0,
      type: 'application/pdf',
    };
  }
  return item;
}

/** A coming meeting: when and where first, so a reader sees them in the list of items. */
async function meetingItem(content: Content, meeting: Meeting, siteUrl: URL): Promise<RSSFeedItem> {
  const { data } = meeting;
  const link = new URL(urls.meeting(meeting.id), siteUrl).href;
  const where = [data.location, data.address].filter(Boolean).join(', ');
  return {
    title: data.cancelled ? t.meetingCancelledBecause(data.title) : data.title,
    link,
    description: `${whenText(meetingTime(data))}, ${where}. ${data.cancelled ? t.meetingCancelledBecause(data.cancelled) : data.summary}`,
    content: await fullContent(meeting, link),
    categories: [t.agenda, ...content.topicsOf(meeting, { withThemes: false })],
  };
}

/** Works now or coming: when, where and what residents notice first, as for a meeting; no pubDate. */
async function worksItem(content: Content, works: Works, siteUrl: URL): Promise<RSSFeedItem> {
  const { data } = works;
  const link = new URL(urls.worksItem(works.id), siteUrl).href;
  const effects = effectLabels(data.effects);
  const noticed = effects.length > 0 ? ` ${worksText.effects}: ${effects.join(', ').toLowerCase()}.` : '';
  return {
    title: data.cancelled ? worksText.cancelledTitle(data.title) : data.title,
    link,
    description: `${periodText(data)}, ${namesText(data.streets)}.${noticed} ${data.cancelled ? worksText.cancelledBecause(data.cancelled) : data.summary}`,
    content: await fullContent(works, link),
    categories: [
      ...new Set([
        worksText.works,
        ...content.topicsOf(works, { withThemes: false }),
        ...content.neighbourhoodsOf(works).map((n) => n.data.title),
      ]),
    ],
  };
}

/**
 * An answer to an idea: the status and the idea's first words as its title, the idea and the
 * answer as its text. Its guid names the status and the day of the answer, so a reader shows a
 * new answer as a new item.
 */
async function ideaItem(content: Content, idea: Idea, siteUrl: URL): Promise<RSSFeedItem> {
  const { data } = idea;
  const link = new URL(urls.idea(idea.id), siteUrl).href;
  const answered = data.answered ?? data.received;
  const words = data.idea ?? '';
  const guid = `${link}#${data.status}-${amsterdamDay(answered)}`;
  return {
    title: ideaText.answerTitle(ideaHeading(words), IDEA_STATUS_LABELS[data.status]),
    link,
    description: words,
    content: `<blockquote><p>${escapeXml(words)}</p></blockquote>${await fullContent(idea, link)}`,
    customData: `<pubDate>${rfc822InAmsterdam(answered)}</pubDate><guid isPermaLink="false">${escapeXml(guid)}</guid>`,
    categories: [formText.ideaTitle, ...content.topicsOf(idea, { withThemes: false })],
  };
}

/** The feed as RSS 2.0, with absolute addresses under `siteUrl` (Astro's `site`). */
export async function feedResponse(
  content: Content,
  feed: Feed,
  siteUrl: URL | undefined,
): Promise<Response> {
  if (!siteUrl) throw new Error('De feeds hebben het adres van de site nodig (site in astro.config.mjs).');
  const self = new URL(feed.path, siteUrl).href;
  return rss({
    title: feed.title,
    description: feed.description,
    site: new URL(feed.page, siteUrl).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nl-nl</language><atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    items: await Promise.all(feed.entries().map((entry) => itemOf(content, entry, siteUrl))),
  });
}
