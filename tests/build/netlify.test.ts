/**
 * netlify.toml is the deploy contract: how Netlify builds the site and which security and
 * caching headers every response carries. These tests read the file itself, and check that
 * the local stand-in server (which the browser tests use) sends exactly those headers.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/build';
import { headersFor, readHeaderRules, serveSite, type SiteServer } from '../helpers/server';

interface NetlifyConfig {
  build: { command: string; publish: string; environment: Record<string, string> };
}

const config = parseToml(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')) as unknown as NetlifyConfig;
const rules = readHeaderRules();

/** A CSP header as directive → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** max-age in seconds from a Cache-Control header, or NaN. */
function maxAge(cacheControl: string | undefined): number {
  const match = /max-age=(\d+)/.exec(cacheControl ?? '');
  return match ? Number(match[1]) : Number.NaN;
}

// Paths of every kind the site serves: pages, 404, a bundled script, Pagefind, feeds, sitemap, PDFs.
const HTML_PATHS = ['/', '/projecten/achter-de-voordeur/', '/nieuws/2/', '/zoeken/', '/ideeen/', '/404.html'];
const FEED_PATHS = ['/rss.xml', '/nieuws/rss.xml', '/nieuwsbrief/rss.xml', '/projecten/park-west/rss.xml'];
const ALL_PATHS = [...HTML_PATHS, ...FEED_PATHS, '/_astro/page.Bx1y2z.js', '/pagefind/pagefind.js', '/sitemap-index.xml', '/nieuwsbrief/pdf/heilust-2.pdf'];

describe('netlify.toml build settings', () => {
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
    test(`${path} gets the full Content-Security-Policy and security headers`, () => {
      const headers = headersFor(path, rules);
      const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];

      expect(csp.get('default-src'), `${path}: default-src`).toEqual(["'self'"]);
      expect(scriptSrc, `${path}: script-src must allow our own scripts`).toContain("'self'");
      for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:']) {
        expect(scriptSrc, `${path}: script-src must not contain ${forbidden}`).not.toContain(forbidden);
      }
      // Only 'self', the WebAssembly permission Pagefind needs, and hashes may appear.
      for (const source of scriptSrc) {
        expect(source, `${path}: unexpected script-src source ${source}`).toMatch(/^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
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
      expect(csp.get('frame-ancestors'), `${path}: frame-ancestors`).toEqual(["'none'"]);
      expect(csp.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
      expect(csp.get('base-uri'), `${path}: base-uri`).toEqual(["'self'"]);
      expect(csp.get('form-action'), `${path}: form-action`).toContain("'self'");

      const hsts = headers['Strict-Transport-Security'] ?? '';
      expect(maxAge(hsts), `${path}: HSTS for at least a year`).toBeGreaterThanOrEqual(31_536_000);
      expect(hsts, `${path}: HSTS covers subdomains`).toContain('includeSubDomains');
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'], `${path}: Referrer-Policy`).toContain(
        headers['Referrer-Policy'],
      );
      const permissions = headers['Permissions-Policy'] ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'browsing-topics']) {
        expect(permissions, `${path}: Permissions-Policy must switch off ${feature}`).toContain(`${feature}=()`);
      }
      // interest-cohort (FLoC) is gone from Chromium; naming it prints a console error on every page.
      expect(permissions, `${path}: Permissions-Policy names a feature Chromium no longer knows`).not.toContain('interest-cohort');
    });
  }
});

describe('caching', () => {
  test('fingerprinted assets under /_astro/ are cached for a year and immutable', () => {
    const cache = headersFor('/_astro/index.C3fQ1.js', rules)['Cache-Control'];
    expect(maxAge(cache)).toBeGreaterThanOrEqual(31_536_000);
    expect(cache).toContain('immutable');
  });

  const shortLived = [...HTML_PATHS, ...FEED_PATHS, '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/sitemap-index.xml'];
  for (const path of shortLived) {
    test(`${path} is cached briefly and never as immutable (its name stays the same across deploys)`, () => {
      const cache = headersFor(path, rules)['Cache-Control'];
      expect(cache, `${path}: Cache-Control`).toBeDefined();
      expect(cache, `${path}: Cache-Control`).not.toContain('immutable');
      expect(maxAge(cache), `${path}: max-age at most an hour`).toBeLessThanOrEqual(3600);
    });
  }
});

describe('the local stand-in server sends these headers', () => {
  let dir: string;
  let server: SiteServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'westwint-headers-'));
    mkdirSync(join(dir, '_astro'));
    mkdirSync(join(dir, 'projecten/park-west'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>niet gevonden</title>');
    writeFileSync(join(dir, '_astro/app.Ab12.js'), 'export {};');
    writeFileSync(join(dir, 'projecten/park-west/rss.xml'), '<rss/>');
    server = await serveSite(dir);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const path of ['/', '/_astro/app.Ab12.js', '/projecten/park-west/rss.xml', '/bestaat-niet/']) {
    test(`${path} is served with netlify.toml's headers for it`, async () => {
      const response = await fetch(server.url + path);
      const expected = headersFor(path, rules);
      expect(Object.keys(expected).length).toBeGreaterThan(5);
      for (const [name, value] of Object.entries(expected)) {
        expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
      }
    });
  }
});
