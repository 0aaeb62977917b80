/** Settings that are not content. Content-like settings live in content/site.yaml. */

/** The live site. Netlify previews set DEPLOY_PRIME_URL; SITE_URL overrides both. */
export const DEFAULT_SITE_URL = 'https://www.westwint.nl';

/** Where editors keep the Markdown. Tests and the benchmark point this at a fixture folder. */
export const CONTENT_DIR = process.env.WESTWINT_CONTENT_DIR ?? './content';

/** Static files (PDFs of editions) live here; `pdf` fields are paths below it. Tests point this at a fixture folder. */
export const PUBLIC_DIR = process.env.WESTWINT_PUBLIC_DIR ?? './public';

export const NEWS_PER_PAGE = 20;
export const NEWS_FEED_LIMIT = 50;
export const LATEST_NEWS_ON_HOME = 4;
export const MEETINGS_ON_HOME = 3;
export const NEWS_SUMMARY_MAX = 300;
export const IDEA_MAX_LENGTH = 5000;
/** A project's or buurt's page shows its newest answered ideas, no more: its first round trip has little room left. */
export const IDEAS_ON_PAGE = 3;
/** /ideeen/ shows the newest answers under the form; the rest are on the pages per year. */
export const IDEAS_LATEST = 5;
/** Where a project's idea form page lists the earlier ideas about it. */
export const IDEAS_ANCHOR = 'eerdere-ideeen';
/** The domain in each meeting's calendar UID ("<slug>@westwint.nl"): fixed, so a move of the site's address does not make calendars see new meetings. */
export const CALENDAR_UID_DOMAIN = 'westwint.nl';
/** The calendar to subscribe to holds the meetings of the last this many months, and all coming ones. */
export const CALENDAR_PAST_MONTHS = 3;
/** The newsletter's mail lists the meetings of the coming this many weeks. */
export const MAIL_AGENDA_WEEKS = 6;
/** security.txt holds for this many days from the day the site is built (RFC 9116 asks for less than a year). */
export const SECURITY_TXT_DAYS = 180;
/** The scheduled build renews security.txt while its expiry is still more than this many days away. */
export const SECURITY_TXT_RENEW_DAYS = 30;
