/**
 * The deploy contract: how Netlify builds the site (netlify.toml) and which security and caching
 * headers every response carries (dist/_headers, written from src/lib/security/headers.ts).
 * Each path's headers are computed by Netlify's own code (@netlify/headers, which reads both
 * files and merges every matching rule, the later rule winning per header), and the local
 * emulation that `npm start` and the browser tests use is checked to send exactly those.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HeadersHandler } from '@netlify/headers';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, inject, test } from 'vitest';
import { headersFile, headersForPath, parsePolicy } from '../../src/lib/security/headers';
import { urls } from '../../src/lib/urls/routes';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { fileOfPath, htmlFiles, pathOfFile } from '../helpers/sitemap';

interface NetlifyConfig {
  build: { command: string; publish: string; environment: Record<string, string> };
  headers?: unknown;
}

const config = parseToml(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')) as unknown as NetlifyConfig;
const siteDir = builtSiteDir();

const netlify = new HeadersHandler({
  configPath: join(ROOT, 'netlify.toml'),
  projectDir: ROOT,
  publishDir: relative(ROOT, siteDir),
  logger: {
    error: (message: string) => {
      throw new Error(`headers: ${message}`);
    },
  } as unknown as ConstructorParameters<typeof HeadersHandler>[0]['logger'],
});
const headersByPath = new Map<string, Promise<Record<string, string>>>();

/** The headers Netlify sends for a path. */
function headersFor(path: string): Promise<Record<string, string>> {
  let headers = headersByPath.get(path);
  if (!headers) {
    headers = netlify.apply(new Request(new URL(path, 'http://localhost')));
    headersByPath.set(path, headers);
  }
  return headers;
}

const parseCsp = parsePolicy;

/** max-age in seconds from a Cache-Control header, or NaN. */
function maxAge(cacheControl: string | undefined): number {
  const match = /max-age=(\d+)/.exec(cacheControl ?? '');
  return match ? Number(match[1]) : Number.NaN;
}

// Paths of every kind the site serves: pages, 404, a bundled script, Pagefind, feeds, sitemap, PDFs.
const HTML_PATHS = ['/', '/projecten/achter-de-voordeur/', '/nieuws/2/', '/zoeken/', '/ideeen/', '/404.html'];
const FEED_PATHS = [
  '/rss.xml',
  '/nieuws/rss.xml',
  '/nieuwsbrief/rss.xml',
  '/projecten/park-west/rss.xml',
  '/buurten/heilust/rss.xml',
];
/** The calendar to subscribe to, and one meeting's file as built. */
const meetingFile = readdirSync(join(siteDir, 'agenda')).find((name) => name.endsWith('.ics'));
if (!meetingFile) throw new Error('The build has no calendar file of a meeting (/agenda/<slug>.ics)');
const CALENDAR_PATHS = ['/agenda.ics', `/agenda/${meetingFile}`];
const ALL_PATHS = [
  ...HTML_PATHS,
  ...FEED_PATHS,
  ...CALENDAR_PATHS,
  '/_astro/page.Bx1y2z.js',
  '/pagefind/pagefind.js',
  '/sitemap-index.xml',
  '/nieuwsbrief/pdf/heilust-2.pdf',
];

describe('netlify.toml build settings', () => {
  test('the headers are written by the build, not kept in netlify.toml', () => {
    expect(config.headers, 'netlify.toml: headers belong in src/lib/security/headers.ts').toBeUndefined();
    expect(readFileSync(join(siteDir, '_headers'), 'utf8')).toBe(headersFile());
  });

  test('builds with the README’s build command into dist/ on Node 24', () => {
    expect(config.build.command).toBe('npm run build');
    expect(config.build.publish).toBe('dist');
    expect(config.build.environment.NODE_VERSION).toBe('24');
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    expect(engines, 'package.json engines and netlify.toml must agree on Node 24').toMatch(/>=\s*24\b/);
  });
});

describe('security headers on every kind of path', () => {
  for (const path of ALL_PATHS) {
    test(`${path} gets the Content-Security-Policy header and the security headers`, async () => {
      const headers = await headersFor(path);
      const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
      const scriptSrc = csp.get('script-src') ?? [];

      for (const [directive, sources] of csp) {
        for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'"]) {
          expect(sources, `${path}: ${directive} must not contain ${forbidden}`).not.toContain(forbidden);
        }
      }
      // The page's own <meta> policy (Astro) holds default-src and style-src with the stylesheet's
      // hash; either one in this header would block the inlined stylesheet.
      expect(csp.has('default-src'), `${path}: default-src belongs in the page's <meta> policy`).toBe(false);
      expect(csp.has('style-src'), `${path}: style-src belongs in the page's <meta> policy`).toBe(false);

      expect(scriptSrc, `${path}: script-src must allow our own scripts`).toContain("'self'");
      for (const forbidden of ['*', 'data:', 'http:', 'https:', 'blob:']) {
        expect(scriptSrc, `${path}: script-src must not contain ${forbidden}`).not.toContain(forbidden);
      }
      // Only 'self', the WebAssembly permission Pagefind needs, and hashes may appear.
      for (const source of scriptSrc) {
        expect(source, `${path}: unexpected script-src source ${source}`).toMatch(
          /^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/,
        );
      }
      // No directive may name another host: the site never contacts a third party. The one
      // exception is form-action: the newsletter sign-up may post to a mailing service over
      // HTTPS (content/site.yaml newsletterSignupAction; src/lib/forms/form-action.ts checks they agree).
      for (const [directive, sources] of csp) {
        for (const source of sources) {
          if (directive === 'form-action' && /^https:\/\/[^*]+$/.test(source)) continue;
          expect(source, `${path}: ${directive} names another host`).not.toMatch(/^(https?:\/\/|\*)/);
        }
      }
      // Without default-src here, every fetch directive is named, so nothing is left open.
      for (const directive of [
        'img-src',
        'font-src',
        'connect-src',
        'worker-src',
        'manifest-src',
        'media-src',
        'frame-src',
        'child-src',
      ]) {
        expect(csp.get(directive), `${path}: ${directive} must be set`).toBeDefined();
        expect(
          csp.get(directive)!.every((source) => ["'self'", "'none'", 'data:'].includes(source)),
          `${path}: ${directive}`,
        ).toBe(true);
      }
      expect(csp.get('frame-ancestors'), `${path}: frame-ancestors`).toEqual(["'none'"]);
      expect(csp.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
      expect(csp.get('base-uri'), `${path}: base-uri`).toEqual(["'self'"]);
      expect(csp.get('form-action'), `${path}: form-action`).toContain("'self'");

      const hsts = headers['Strict-Transport-Security'] ?? '';
      expect(maxAge(hsts), `${path}: HSTS for at least a year`).toBeGreaterThanOrEqual(31_536_000);
      expect(hsts, `${path}: HSTS covers subdomains`).toContain('includeSubDomains');
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      // A resident's path through the site is nobody else's business.
      expect(headers['Referrer-Policy'], `${path}: Referrer-Policy`).toBe('same-origin');
      const permissions = headers['Permissions-Policy'] ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'browsing-topics']) {
        expect(permissions, `${path}: Permissions-Policy must switch off ${feature}`).toContain(
          `${feature}=()`,
        );
      }
      // interest-cohort (FLoC) is gone from Chromium; naming it prints a console error on every page.
      expect(
        permissions,
        `${path}: Permissions-Policy names a feature Chromium no longer knows`,
      ).not.toContain('interest-cohort');
    });
  }
});

describe('one header policy per path, computed as Netlify computes it', () => {
  // Netlify applies every rule whose path matches, the later one winning per header. A browser
  // enforces every policy it receives: a second, stricter one would break the editor, a looser
  // one reaching a public page would weaken it. So each path must end up with exactly one.
  // Netlify's /admin/* also matches any path that merely starts with /admin, such as /administratie/;
  // the build refuses content at such addresses (editorAddressClashes in src/lib/content/checks.ts).
  const ADMIN_PATHS = [
    '/admin/',
    '/admin',
    '/admin/index.html',
    '/admin/config.yml',
    '/admin/assets/index-Ab12.js',
    '/administratie/',
  ];
  const publicPolicy = async () => (await headersFor('/'))['Content-Security-Policy'];

  test.each([...ALL_PATHS, '/.well-known/security.txt', '/nieuws/admin/', '/projecten/administratie/'])(
    '%s receives one policy: the public one',
    async (path) => {
      const policy = (await headersFor(path))['Content-Security-Policy'];
      // A comma joins two policies in one header; a single policy never contains one.
      expect(policy, path).toBeDefined();
      expect(policy, `${path}: two policies in one header`).not.toContain(',');
      expect(policy, path).toBe(await publicPolicy());
    },
  );

  test.each(ADMIN_PATHS)(
    '%s receives one policy: the editor’s, not the public one beside it',
    async (path) => {
      const policy = (await headersFor(path))['Content-Security-Policy'] ?? '';
      expect(policy, `${path}: two policies in one header`).not.toContain(',');
      expect(policy).not.toBe(await publicPolicy());
      expect(parseCsp(policy).get('default-src'), `${path}: the editor's own policy`).toEqual(["'self'"]);
    },
  );
});

describe('headers a function sends itself (Netlify applies _headers to files only)', () => {
  test.each([...ALL_PATHS, '/admin/', '/admin/assets/index-Ab12.js', urls.publishStatus()])(
    '%s: headersForPath gives what Netlify computes from dist/_headers',
    async (path) => {
      const lowerCased = (headers: Record<string, string>) =>
        Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
      expect(lowerCased(headersForPath(path))).toEqual(lowerCased(await headersFor(path)));
    },
  );
});

describe('the editor’s header policy (/admin/)', () => {
  test('allows what the editor needs and nothing it does not', async () => {
    const headers = await headersFor('/admin/');
    const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
    expect(csp.get('script-src'), 'scripts from our origin only, no eval').toEqual(["'self'"]);
    expect(csp.get('connect-src'), 'saving goes to the GitHub API only').toEqual([
      "'self'",
      'blob:',
      'data:',
      'https://api.github.com',
      'https://www.githubstatus.com',
    ]);
    expect(csp.get('font-src'), 'fonts come with the bundle').toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    for (const [directive, sources] of csp) {
      expect(sources, `${directive}: no eval() of JavaScript`).not.toContain("'unsafe-eval'");
      expect(sources, `${directive}: no wildcard`).not.toContain('*');
      expect(
        sources.filter((source) => source === 'https:' || source === 'http:'),
        `${directive}: no whole scheme`,
      ).toEqual([]);
    }
    // The login window (api.netlify.com) hands the token back to this window.
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    expect(headers['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  test('none of the editor’s allowances reach a public page', async () => {
    for (const path of ALL_PATHS) {
      const headers = await headersFor(path);
      const policy = headers['Content-Security-Policy'] ?? '';
      for (const allowance of [
        "'unsafe-inline'",
        'blob:',
        'api.github.com',
        'githubstatus.com',
        'avatars.githubusercontent.com',
      ]) {
        expect(policy, `${path}: ${allowance}`).not.toContain(allowance);
      }
      expect(headers['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
      expect(headers['X-Robots-Tag'], path).toBeUndefined();
    }
  });

  test('its bundled files, named by content hash, are cached for a year; the page and its configuration are not', async () => {
    expect((await headersFor('/admin/assets/index-Ab12.js'))['Cache-Control']).toContain('immutable');
    for (const path of ['/admin/', '/admin/config.yml']) {
      expect((await headersFor(path))['Cache-Control'], path).not.toContain('immutable');
    }
  });
});

describe('each built page’s own policy (the <meta> Astro writes)', () => {
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  test.each(htmlFiles(siteDir).map(pathOfFile))(
    '%s: default-src, script-src and style-src with hashes, no unsafe-inline, before any style',
    (page) => {
      const html = readFileSync(join(siteDir, fileOfPath(page)), 'utf8');
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
      expect(metas, `${page}: exactly one <meta> policy`).toHaveLength(1);
      const meta = metas[0]!;
      const csp = parseCsp(meta[1]!);
      expect(csp.get('default-src'), `${page}: default-src`).toEqual(["'self'"]);
      for (const directive of ['script-src', 'style-src']) {
        const sources = csp.get(directive) ?? [];
        expect(sources, `${page}: ${directive}`).toContain("'self'");
        for (const source of sources) {
          expect(
            source,
            `${page}: ${directive} may hold only 'self', hashes and Pagefind's WebAssembly permission`,
          ).toMatch(/^('self'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+')$/);
        }
      }
      expect(csp.get('style-src'), `${page}: style-src`).not.toContain("'wasm-unsafe-eval'");
      // Every inlined stylesheet is allowed by its hash, and comes after the policy that allows it.
      const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
      expect(styles.length, `${page}: the stylesheet is inlined`).toBeGreaterThan(0);
      for (const style of styles) {
        expect(csp.get('style-src'), `${page}: a <style> whose hash the policy does not list`).toContain(
          sha256(style[1]!),
        );
        expect(style.index!, `${page}: a <style> before the <meta> policy`).toBeGreaterThan(meta.index!);
      }
      expect(html, `${page}: an inline style attribute would need 'unsafe-inline'`).not.toMatch(
        /<[a-z][^>]*\sstyle="/i,
      );
    },
  );
});

describe('caching', () => {
  test('fingerprinted assets under /_astro/ are cached for a year and immutable', async () => {
    const cache = (await headersFor('/_astro/index.C3fQ1.js'))['Cache-Control'];
    expect(maxAge(cache)).toBeGreaterThanOrEqual(31_536_000);
    expect(cache).toContain('immutable');
  });

  const shortLived = [
    ...HTML_PATHS,
    ...FEED_PATHS,
    ...CALENDAR_PATHS,
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    '/sitemap-index.xml',
  ];
  for (const path of shortLived) {
    test(`${path} is cached briefly and never as immutable (its name stays the same across deploys)`, async () => {
      const cache = (await headersFor(path))['Cache-Control'];
      expect(cache, `${path}: Cache-Control`).toBeDefined();
      expect(cache, `${path}: Cache-Control`).not.toContain('immutable');
      expect(maxAge(cache), `${path}: max-age at most an hour`).toBeLessThanOrEqual(3600);
    });
  }
});

describe('the local emulation (npm start, the browser tests) sends these headers', () => {
  const server = { url: inject('distUrl') };
  // A real bundled script: the search page's.
  const script = /src="(\/_astro\/[^"]+\.js)"/.exec(
    readFileSync(join(siteDir, 'zoeken/index.html'), 'utf8'),
  )?.[1];
  if (!script) throw new Error('The search page has no bundled script to check the headers of');

  test.each([
    '/',
    '/admin/',
    '/projecten/achter-de-voordeur/rss.xml',
    '/pagefind/pagefind.js',
    '/bestaat-niet/',
    script,
  ])('%s is served with exactly Netlify’s headers for it', async (path) => {
    const response = await fetch(server.url + path);
    const expected = await headersFor(path);
    expect(Object.keys(expected).length).toBeGreaterThan(3);
    for (const [name, value] of Object.entries(expected)) {
      expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
    }
  });

  test.each(CALENDAR_PATHS)(
    '%s is a calendar file as RFC 5545 asks: text/calendar with charset=utf-8; a page beside it is not',
    async (path) => {
      expect((await headersFor(path))['Content-Type']).toBe('text/calendar; charset=utf-8');
      const response = await fetch(server.url + path);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect((await headersFor('/agenda/'))['Content-Type']).toBeUndefined();
      expect((await fetch(`${server.url}/agenda/`)).headers.get('content-type')).toBe(
        'text/html; charset=utf-8',
      );
    },
  );

  test('an old address answers with its permanent redirect', async () => {
    const response = await fetch(`${server.url}/Deelprojecten/Wonen_en_leven/Achter_de_voordeur`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location') ?? '', server.url).pathname).toBe(
      '/projecten/achter-de-voordeur/',
    );
  });
});
