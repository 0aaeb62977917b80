/**
 * What the build ships for the editor at /admin/ (src/integrations/admin.ts): its page, its
 * bundle and its configuration; and that it stays out of the public site's way: not in the
 * sitemap or the search index, and no public page loads any of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { cmsConfig, repositoryFrom } from '../../src/lib/admin/cms-config';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { sitemapUrls } from '../../scripts/lib/sitemap.ts';
import { htmlFiles } from '../helpers/sitemap';

const siteDir = builtSiteDir();
const adminHtml = readFileSync(join(siteDir, 'admin/index.html'), 'utf8');
const assets = readdirSync(join(siteDir, 'admin/assets'));

describe('the editor’s page', () => {
  test('is Dutch, says noindex, and loads one bundled module from /admin/assets/, nothing inline', () => {
    expect(adminHtml).toMatch(/<html lang="nl">/);
    expect(adminHtml).toContain('<meta name="robots" content="noindex, nofollow" />');
    const scripts = [...adminHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toMatch(/type="module"/);
    expect(scripts[0]![1]).toMatch(/src="\/admin\/assets\/index-[\w-]+\.js"/);
    expect(scripts[0]![2]!.trim(), 'no inline script for a policy to allow').toBe('');
    expect(adminHtml).not.toMatch(/https?:\/\//);
    expect(adminHtml).toContain('<link href="/admin/config.yml" type="application/yaml" rel="cms-config-url" />');
  });

  test('ships Sveltia’s fonts and Dutch texts as files of its own, no font rule pointing at a CDN, and no zoom limit', () => {
    expect(assets.filter((name) => name.endsWith('.woff2'))).toHaveLength(3);
    expect(assets.some((name) => /^nl-[\w-]+\.js$/.test(name)), 'the Dutch texts').toBe(true);
    for (const name of assets.filter((file) => file.endsWith('.js'))) {
      const code = readFileSync(join(siteDir, 'admin/assets', name), 'utf8');
      expect(code, name).not.toContain('cdn.jsdelivr.net/fontsource/fonts/');
      expect(code, `${name}: editors must be able to zoom in`).not.toContain('maximum-scale');
    }
  });

  test('its configuration is cms-config.ts with the GitHub back end of this build', () => {
    const served = yaml.load(readFileSync(join(siteDir, 'admin/config.yml'), 'utf8'));
    expect(served).toEqual(JSON.parse(JSON.stringify(cmsConfig({ name: 'github', ...repositoryFrom(process.env) }))));
  });
});

describe('the public site keeps clear of the editor', () => {
  test('/admin/ is not in the sitemap', () => {
    expect(sitemapUrls(siteDir).filter((url) => new URL(url).pathname.startsWith('/admin'))).toEqual([]);
  });

  test('/admin/ is not in the search index: it has no data-pagefind-body', () => {
    expect(adminHtml).not.toContain('data-pagefind');
  });

  test('no public page loads, links to or names a file of the editor', () => {
    for (const file of htmlFiles(siteDir)) {
      expect(readFileSync(join(siteDir, file), 'utf8'), file).not.toMatch(/["'(]\/admin\//);
    }
    for (const name of readdirSync(join(siteDir, '_astro')).filter((file) => file.endsWith('.js'))) {
      expect(readFileSync(join(siteDir, '_astro', name), 'utf8'), name).not.toMatch(/sveltia/i);
    }
  });
});
