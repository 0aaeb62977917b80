/**
 * What the build ships for the editor at /admin/ (src/integrations/admin.ts): its page, its
 * bundle and its configuration; and that it stays out of the public site's way: not in the
 * sitemap or the search index, and no public page loads any of it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { cmsConfig, repositoryFrom } from '../../src/lib/admin/cms-config';
import { customPropertiesOf } from '../../src/design/custom-properties';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { PROGRAMME_ICON } from '../../src/lib/head/page-meta';
import { CONTENT_TYPES, TYPE_NAMES, typeInFolder } from '../../src/lib/content/model';
import { readContentFiles } from '../../src/lib/content/read-files';
import type { ContentFacts } from '../../src/lib/content/rules/facts';
import { urls } from '../../src/lib/urls/routes';
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
    expect(adminHtml).toContain(
      '<link href="/admin/config.yml" type="application/yaml" rel="cms-config-url" />',
    );
  });

  test('ships Sveltia’s fonts and Dutch texts as files of its own, no font rule pointing at a CDN, and no zoom limit', () => {
    expect(assets.filter((name) => name.endsWith('.woff2'))).toHaveLength(3);
    expect(
      assets.some((name) => /^nl-[\w-]+\.js$/.test(name)),
      'the Dutch texts',
    ).toBe(true);
    for (const name of assets.filter((file) => file.endsWith('.js'))) {
      const code = readFileSync(join(siteDir, 'admin/assets', name), 'utf8');
      expect(code, name).not.toContain('cdn.jsdelivr.net/fontsource/fonts/');
      expect(code, `${name}: editors must be able to zoom in`).not.toContain('maximum-scale');
    }
  });

  test('its configuration is cms-config.ts with the GitHub back end of this build', () => {
    const served = yaml.load(readFileSync(join(siteDir, 'admin/config.yml'), 'utf8'));
    expect(served).toEqual(
      JSON.parse(JSON.stringify(cmsConfig({ name: 'github', ...repositoryFrom(process.env) }))),
    );
  });
});

describe('the editor looks like the programme’s and leads to the site', () => {
  const config = yaml.load(readFileSync(join(siteDir, 'admin/config.yml'), 'utf8')) as {
    logo: { src: string };
    collections: Array<{ name: string; preview_path?: string; folder?: string }>;
  };

  test('the login screen shows the programme’s mark, a file of the site', () => {
    expect(config.logo.src).toBe(PROGRAMME_ICON);
    expect(existsSync(join(siteDir, PROGRAMME_ICON))).toBe(true);
  });

  test('each entry links to its page: the preview paths are the site’s own addresses', () => {
    // A wrong address here would name no built page below.
    const folders = config.collections.filter((collection) => collection.folder);
    expect(folders.map((collection) => collection.name)).toEqual(
      TYPE_NAMES.map((name) => CONTENT_TYPES[name].folder),
    );
    for (const collection of folders) {
      const { page } = CONTENT_TYPES[typeInFolder(collection.name)!];
      expect(collection.preview_path, collection.name).toBe(page('{{slug}}'));
      // A page of that collection exists at that address in this build.
      const slug = readdirSync(join(ROOT, 'content', collection.name))
        .find((name) => name.endsWith('.md'))!
        .replace(/\.md$/, '');
      expect(existsSync(join(siteDir, page(slug), 'index.html')), `${collection.name}/${slug}`).toBe(true);
    }
  });

  test('the preview’s stylesheet is the design system’s components it shows, one file shipped with the editor and named by the bundle', () => {
    const stylesheets = assets.filter((name) => /^preview-page-[\w-]+\.css$/.test(name));
    expect(stylesheets).toHaveLength(1);
    const stylesheet = stylesheets[0]!;
    const css = readFileSync(join(siteDir, 'admin/assets', stylesheet), 'utf8');
    // The classes the previews render (src/admin/preview.ts) and the site's Markdown gets.
    for (const rule of [
      '.utrecht-root',
      '.nl-heading--level-1',
      '.nl-paragraph--lead',
      '.westwint-paragraph--meta',
      '.nl-link',
      '.nl-button--primary',
      '.utrecht-unordered-list',
      '.utrecht-ordered-list',
      '.utrecht-table',
      '.utrecht-blockquote',
      '.utrecht-data-list',
      '.westwint-facts',
      '.utrecht-alert--error',
      '.westwint-main',
      '.westwint-hero-image',
      '.utrecht-status-badge--active',
      '.westwint-readability--missed',
    ])
      expect(css, rule).toContain(rule);
    // With the theme's values: every custom property it needs is set, in the site's colours.
    const { missing } = customPropertiesOf(css);
    expect([...missing], 'read without a fallback and set nowhere').toEqual([]);
    expect(css).toMatch(/--nl-heading-level-1-color:#0b3a1f\b/);
    expect(
      assets.some((name) => /^global-[\w-]+\.css$/.test(name)),
      'no more of the old stylesheet',
    ).toBe(false);
    const bundle = assets
      .filter((name) => name.endsWith('.js'))
      .some((name) =>
        readFileSync(join(siteDir, 'admin/assets', name), 'utf8').includes(`/admin/assets/${stylesheet}`),
      );
    expect(bundle, 'the editor registers it as the preview style').toBe(true);
  });

  test('what the checks before saving read of every file online is shipped with the deploy', () => {
    const facts = JSON.parse(readFileSync(join(siteDir, urls.editorFacts()), 'utf8')) as ContentFacts;
    expect(
      facts.files.every((file) => file.published && file.shown),
      'nothing that is not online or not shown',
    ).toBe(true);
    // Every file of this repository's content is online, so every one is there, but the ideas
    // that are only counted (not public, or not answered): not even their names.
    const content = readContentFiles(join(ROOT, 'content'), ROOT);
    const counted = content.filter(
      (file) => file.type === 'ideas' && !(file.data.public === true && file.data.status !== 'ontvangen'),
    );
    expect(counted.length).toBeGreaterThan(0);
    expect(facts.files.map((file) => file.file).sort()).toEqual(
      content
        .filter((file) => !counted.includes(file))
        .map((file) => file.file)
        .sort(),
    );
    expect(facts.settings).toEqual({
      newsletterSignupAction: '/nieuwsbrief/aangemeld/',
      securityPolicy: '/kwetsbaarheid-melden/',
    });
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
