/** Every URL the site builds, in one place, so links and alias checks agree. */

/** The editor lives under /admin/ (src/integrations/admin.ts); no content may take an address starting with this. */
export const EDITOR_PREFIX = '/admin';

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
  /** The mail that announces an edition to subscribers; not a page of the site. */
  editionMail: (slug: string) => `/nieuwsbrief/${slug}/mail/`,
  editionsFeed: () => '/nieuwsbrief/rss.xml',
  /** The published editions, for the function that announces a new one. */
  editionsData: () => '/nieuwsbrief/edities.json',
  /** The days on which a finished item waits to go online, for the scheduled build. */
  waitingDays: () => '/geplande-dagen.json',
  agenda: () => '/agenda/',
  meeting: (slug: string) => `/agenda/${slug}/`,
  /** One meeting as a calendar file, for "Zet in mijn agenda". */
  meetingCalendar: (slug: string) => `/agenda/${slug}.ics`,
  agendaYear: (year: number) => `/agenda/archief/${year}/`,
  /** The calendar to subscribe to: recent and coming meetings. */
  agendaCalendar: () => '/agenda.ics',
  /** Works in the streets now and coming, and the years of those that are over. */
  works: () => '/werkzaamheden/',
  worksItem: (slug: string) => `/werkzaamheden/${slug}/`,
  /** One job of works as a calendar file, for "Zet in mijn agenda". */
  worksCalendar: (slug: string) => `/werkzaamheden/${slug}.ics`,
  /** The works in one street (the street's slug, src/lib/content/streets.ts). */
  worksStreet: (streetSlug: string) => `/werkzaamheden/straat/${streetSlug}/`,
  worksYear: (year: number) => `/werkzaamheden/archief/${year}/`,
  siteFeed: () => '/rss.xml',
  page: (slug: string) => `/${slug}/`,
  search: () => '/zoeken/',
  ideas: () => '/ideeen/',
  idea: (reference: string) => `/ideeen/${reference}/`,
  /** The answers of an earlier year; the newest year's are under the form at /ideeen/. */
  ideasYear: (year: number) => `/ideeen/antwoorden/${year}/`,
  ideasFeed: () => '/ideeen/rss.xml',
  /** The idea form with a project already chosen, linked from the project's page. */
  projectIdea: (slug: string) => `/projecten/${slug}/idee/`,
  ideasThanks: () => '/ideeen/bedankt/',
  signupDone: () => '/nieuwsbrief/aangemeld/',
  feedbackThanks: () => '/feedback/bedankt/',
  follow: () => '/volgen/',
  /** What the rules across files read of every file, for the editor's checks before saving (src/admin/checks.ts). */
  editorFacts: () => '/admin/inhoud.json',
  hardWords: () => '/admin/moeilijke-woorden.json',
  /** How many ideas wait for an answer and since when, for the editor's panel (src/admin/ideas-panel.ts). */
  ideasWaiting: () => '/admin/ideeen.json',
  /** Whether the editors' latest change is online (netlify/functions/publicatiestatus.mts); under the editor's prefix, for its headers. */
  publishStatus: () => '/admin/status.json',
} as const;

/** Netlify matches paths without regard to a trailing slash or case. */
export function normalisePath(path: string): string {
  const trimmed = path.toLowerCase().replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
