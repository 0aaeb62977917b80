/**
 * Every response header the site sends, in one place: the public Content-Security-Policy (in
 * two parts, see below), the editor's policy, the other security headers and caching. Astro's
 * `security.csp` (astro.config.mjs) takes the <meta> part from here, and the build writes every
 * header rule into dist/_headers (src/pages/[deployFile].ts), which Netlify and its local
 * emulation read. netlify.toml keeps only what cannot move: how to build.
 *
 * The public policy comes in two parts that the browser both enforces:
 * - In each page's <meta>, written by Astro: default-src 'self'; script-src and style-src as
 *   'self' plus the SHA-256 hashes of the scripts and the inlined stylesheet Astro emits. So the
 *   stylesheet arrives with the page (one round trip) and no 'unsafe-inline' is needed anywhere.
 *   The header must therefore set neither default-src nor style-src: either would block the
 *   inlined stylesheet whatever the <meta> allows.
 * - In the header, for every response: what a <meta> cannot carry (frame-ancestors) and every
 *   other directive, each fetch directive named.
 */
import { EDITOR_PREFIX, urls } from '../urls/routes.ts';

/** A Content-Security-Policy as directive → sources, in the order written. */
export type Policy = Readonly<Record<string, readonly string[]>>;

/**
 * Our own bundled scripts only. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search
 * engine; it does not allow eval() of JavaScript.
 */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** What Astro writes into each page's <meta> policy, before it adds the hashes. */
export const PAGE_META_POLICY = {
  directives: ["default-src 'self'" as const],
  scriptSources: SCRIPT_SOURCES,
  styleSources: ["'self'"],
};

/**
 * Where the newsletter sign-up may post (content/site.yaml, newsletterSignupAction). A mailing
 * service elsewhere must be added here by a developer, with its https origin; until it is, the
 * build stops (src/lib/forms/form-action.ts).
 */
export const FORM_ACTION_SOURCES = ["'self'"];

/** The header policy of every public response. */
export const PUBLIC_POLICY: Policy = {
  // Also for non-HTML responses such as SVG.
  'script-src': SCRIPT_SOURCES,
  // data: for small inline images in CSS; no other host is ever contacted.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'frame-src': ["'none'"],
  'child-src': ["'none'"],
  'object-src': ["'none'"],
  // Forms post to Netlify Forms on our own origin.
  'form-action': FORM_ACTION_SOURCES,
  // No framing, no clickjacking (X-Frame-Options below for old browsers).
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
};

/**
 * The editor at /admin/ (Sveltia CMS): not an Astro page, so no <meta> policy comes with it and
 * this is its only one. Each source, and why; nothing else is needed with our configuration
 * (tests/browser/admin.test.ts fails on any violation).
 */
export const EDITOR_POLICY: Policy = {
  // The editor's scripts, fonts and Dutch texts are files under /admin/.
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Svelte writes component styles and style attributes at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  // Previews of an image before and after it is uploaded; the editor's GitHub profile picture.
  'img-src': ["'self'", 'blob:', 'data:', 'https://avatars.githubusercontent.com'],
  'font-src': ["'self'"],
  // Reading an uploaded file before it is saved; the repository (REST and GraphQL); GitHub's
  // status page, so Sveltia can tell editors when GitHub itself has an outage.
  'connect-src': ["'self'", 'blob:', 'data:', 'https://api.github.com', 'https://www.githubstatus.com'],
  // pdf.js reads an edition's PDF in a worker (src/admin/pdf-field.ts).
  'worker-src': ["'self'"],
  // The preview pane: Sveltia writes it into a blob: document to apply the site's stylesheet.
  'frame-src': ['blob:'],
  'child-src': ["'none'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
};

/** The policy as a header value: "script-src 'self'; img-src 'self' data:; …". */
export function policyText(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * A policy read back from its text, directive names in lower case. A browser uses the first of
 * two directives with one name and ignores the second, and so does this.
 */
export function parsePolicy(text: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

export interface HeaderRule {
  /** A Netlify path pattern: `*` matches the rest, `:name` one segment. */
  for: string;
  values: Readonly<Record<string, string>>;
}

const REVALIDATE = 'public, max-age=0, must-revalidate';
/** A file whose name carries a content hash gets a new name when it changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Readers poll feeds; a short cache spares the server without delaying news much. */
const FEED = 'public, max-age=600, must-revalidate';

const feedRule = (path: string): HeaderRule => ({ for: path, values: { 'Cache-Control': FEED } });
/** Calendar files: their type and charset (RFC 5545 asks for both), refreshed like feeds. */
const calendarRule = (path: string): HeaderRule => ({
  for: path,
  values: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': FEED },
});

/**
 * Every header rule, in order. Netlify applies every rule whose path matches, the later one
 * winning per header: the rules after the first override Cache-Control, and the editor's rule
 * (last but one) overrides the policy, the opener policy and the robots header for /admin/
 * only, so every path gets exactly one policy.
 */
export const HEADER_RULES: readonly HeaderRule[] = [
  {
    for: '/*',
    values: {
      'Content-Security-Policy': policyText(PUBLIC_POLICY),
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
      'X-Content-Type-Options': 'nosniff',
      // Other sites never learn which page a resident came from.
      'Referrer-Policy': 'same-origin',
      // Only features Chromium knows; unknown ones print console errors.
      'Permissions-Policy':
        'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
      // HTML and everything not named below: the browser asks again each time (a cheap 304),
      // so a new deploy shows at once.
      'Cache-Control': REVALIDATE,
    },
  },
  // Astro's bundled scripts and processed images.
  { for: '/_astro/*', values: { 'Cache-Control': IMMUTABLE } },
  // Pagefind's loader and entry file keep their names from build to build (only the index chunks
  // are hashed), so they must be revalidated or a new index meets an old loader.
  { for: '/pagefind/*', values: { 'Cache-Control': REVALIDATE } },
  feedRule(urls.siteFeed()),
  feedRule(urls.newsFeed()),
  feedRule(urls.editionsFeed()),
  feedRule(urls.projectFeed(':slug')),
  feedRule(urls.neighbourhoodFeed(':slug')),
  calendarRule(urls.agendaCalendar()),
  // Netlify's `*` also matches inside a segment: /agenda/<slug>.ics, and no page.
  calendarRule(urls.meetingCalendar('*')),
  calendarRule(urls.worksCalendar('*')),
  {
    // Netlify's /admin/* also matches /administratie/; the build refuses content at any address
    // starting with /admin (editorAddressClashes in src/lib/content/checks.ts).
    for: `${EDITOR_PREFIX}/*`,
    values: {
      'Content-Security-Policy': policyText(EDITOR_POLICY),
      // Logging in opens a window at https://api.netlify.com/auth (Netlify's GitHub OAuth
      // provider), which hands the token back to this window. Opening a window is not a fetch,
      // so the policy need not name api.netlify.com.
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      // The page says so in its <meta> as well; it is out of the sitemap and the search index.
      'X-Robots-Tag': 'noindex, nofollow',
      'Cache-Control': REVALIDATE,
    },
  },
  { for: `${EDITOR_PREFIX}/assets/*`, values: { 'Cache-Control': IMMUTABLE } },
];

/**
 * The headers Netlify sends for a path: every matching rule, a later one winning per header.
 * Netlify applies _headers to files only, so a function answering a path sends these itself.
 */
export function headersForPath(
  path: string,
  rules: readonly HeaderRule[] = HEADER_RULES,
): Record<string, string> {
  const matches = (pattern: string) => {
    const source = pattern
      .split(/(\*|:[a-z]+)/i)
      .map((part) =>
        part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    return new RegExp(`^${source}$`).test(path);
  };
  return Object.assign({}, ...rules.filter((rule) => matches(rule.for)).map((rule) => rule.values));
}

/** Netlify's _headers file: each rule's path, then its headers indented. */
export function headersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const blocks = rules.map((rule) =>
    [rule.for, ...Object.entries(rule.values).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return [
    '# Gemaakt bij de build uit src/lib/security/headers.ts. Niet met de hand bewerken.',
    ...blocks,
    '',
  ].join('\n');
}
