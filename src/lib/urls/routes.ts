/** Every URL the site builds, in one place, so links and alias checks agree. */
export const urls = {
  home: () => '/',
  projects: () => '/projecten/',
  project: (slug: string) => `/projecten/${slug}/`,
  projectFeed: (slug: string) => `/projecten/${slug}/rss.xml`,
  themes: () => '/themas/',
  theme: (slug: string) => `/themas/${slug}/`,
  neighbourhoods: () => '/buurten/',
  neighbourhood: (slug: string) => `/buurten/${slug}/`,
  neighbourhoodFeed: (slug: string) => `/buurten/${slug}/rss.xml`,
  news: (page = 1) => (page === 1 ? '/nieuws/' : `/nieuws/${page}/`),
  newsItem: (slug: string) => `/nieuws/${slug}/`,
  newsArchive: () => '/nieuws/archief/',
  newsYear: (year: number) => `/nieuws/archief/${year}/`,
  newsFeed: () => '/nieuws/rss.xml',
  editions: () => '/nieuwsbrief/',
  edition: (slug: string) => `/nieuwsbrief/${slug}/`,
  editionsFeed: () => '/nieuwsbrief/rss.xml',
  siteFeed: () => '/rss.xml',
  page: (slug: string) => `/${slug}/`,
  search: () => '/zoeken/',
  ideas: () => '/ideeen/',
  ideasThanks: () => '/ideeen/bedankt/',
  signupDone: () => '/nieuwsbrief/aangemeld/',
  feedbackThanks: () => '/feedback/bedankt/',
  follow: () => '/volgen/',
} as const;

/** Netlify matches paths without regard to a trailing slash or case. */
export function normalisePath(path: string): string {
  const trimmed = path.toLowerCase().replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
