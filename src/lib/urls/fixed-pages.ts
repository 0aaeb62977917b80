/**
 * The addresses the site has apart from its content files, in one list. No content file
 * or old address may take them (src/lib/content/rules/addresses.ts); those that say noindex are left
 * out of the sitemap (astro.config.mjs) and say so in their head (Base.astro); the tests
 * visit every one of them (tests/helpers/sitemap.ts).
 */
import { CONTENT_TYPES, TYPE_NAMES } from '../content/model.ts';
import { urls } from './routes.ts';

export type Robots = 'noindex' | 'noindex, follow';

export interface FixedAddress {
  /** The address a visitor opens. */
  path: string;
  /** Pages that search engines should not list; every other page is in the sitemap. */
  robots?: Robots;
}

/** 404.html is served at any address that has no page. */
const NOT_FOUND_PATH = '/404.html';

export const FIXED_ADDRESSES: readonly FixedAddress[] = [
  { path: urls.home() },
  // The content types' lists and feeds.
  ...TYPE_NAMES.flatMap((name) => CONTENT_TYPES[name].fixedPages.map((path) => ({ path }))),
  { path: urls.follow() },
  { path: urls.siteFeed() },
  // Search results are no place to land from a search engine, but their links may be followed.
  { path: urls.search(), robots: 'noindex, follow' },
  // Thank-you pages only make sense after sending a form.
  { path: urls.ideasThanks(), robots: 'noindex' },
  { path: urls.signupDone(), robots: 'noindex' },
  { path: urls.feedbackThanks(), robots: 'noindex' },
  { path: NOT_FOUND_PATH, robots: 'noindex' },
];

const robotsByPath = new Map(
  FIXED_ADDRESSES.flatMap(({ path, robots }) => (robots ? [[path, robots] as const] : [])),
);

/** True for the 404 page, however its address is written while it is built. */
export function isNotFoundPage(pathname: string): boolean {
  return /^\/404(\.html)?\/?$/.test(pathname);
}

/** What a page's robots meta says, or undefined for a page search engines may list. */
export function robotsOf(pathname: string): Robots | undefined {
  return isNotFoundPage(pathname) ? 'noindex' : robotsByPath.get(pathname);
}

/** Pages kept out of the sitemap: every page that says noindex. */
export const UNLISTED_PATHS: readonly string[] = [...robotsByPath.keys()];

/** Addresses no content file or old address may take; 404.html also answers at /404. */
export const TAKEN_ADDRESSES: readonly string[] = FIXED_ADDRESSES.map(({ path }) =>
  path.replace(/\.html$/, ''),
);
