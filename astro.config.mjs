// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import rehypeRawWhenNeeded from './src/lib/content/rehype-raw-when-needed.ts';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeTableAlign from './src/lib/content/rehype-table-align.ts';
import rehypeNldsClasses from './src/lib/content/rehype-nlds-classes.ts';
import { resolveSiteUrl } from './src/lib/urls/site-url.ts';
import { UNLISTED_PATHS } from './src/lib/urls/fixed-pages.ts';
import { withLastmod } from './src/integrations/sitemap-lastmod.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import publishing from './src/integrations/publishing.ts';
import admin from './src/integrations/admin.ts';
import design from './src/integrations/design.ts';
import { PAGE_META_POLICY } from './src/lib/security/headers.ts';

export default defineConfig({
  // Tests build several content sets one after another; each may get its own cache.
  cacheDir: process.env.WESTWINT_CACHE_DIR,
  // The editor's browser test builds what it saved, uploaded PDF included, from a fixture folder.
  publicDir: process.env.WESTWINT_PUBLIC_DIR,
  site: resolveSiteUrl(process.env),
  trailingSlash: 'always',
  // Two content files or routes that claim one URL must stop the build, not silently drop a page.
  prerenderConflictBehavior: 'error',
  // Content-Security-Policy for scripts and styles, per page: Astro hashes the <style> it inlines
  // and the scripts it bundles and writes them into a <meta> tag, so no 'unsafe-inline' is needed.
  // The rest of the policy is a header (src/lib/security/headers.ts); a browser enforces both.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: PAGE_META_POLICY.directives,
      scriptDirective: { resources: PAGE_META_POLICY.scriptSources },
      styleDirective: { resources: PAGE_META_POLICY.styleSources },
    },
  },
  build: {
    format: 'directory',
    // Inline the small stylesheet: a page renders after one round trip.
    inlineStylesheets: 'always',
  },
  vite: {
    build: {
      // Never inline scripts: the Content-Security-Policy allows scripts from our own origin only.
      assetsInlineLimit: 0,
    },
  },
  markdown: {
    // Shiki colours code with style attributes, which the Content-Security-Policy (no
    // 'unsafe-inline') would block; code in content is rare, so it is shown plain.
    syntaxHighlight: false,
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      remarkRehype: {
        footnoteLabel: 'Voetnoten',
        footnoteBackLabel: (/** @type {number} */ index) => `Terug naar verwijzing ${index + 1}`,
      },
      // Raw HTML in Markdown is parsed, then cleaned to GitHub's safe subset: no script,
      // no event handlers, no style. remark-rehype already prefixes footnote ids, so the
      // sanitizer must not prefix them a second time (that would break the footnote links).
      // Table alignment becomes a class: the align attribute is obsolete HTML. Then every part
      // gets its NL Design System class, after the sanitizer, so content sets none itself.
      rehypePlugins: [
        rehypeRawWhenNeeded,
        [rehypeSanitize, { ...defaultSchema, clobberPrefix: '' }],
        rehypeTableAlign,
        rehypeNldsClasses,
      ],
    }),
  },
  // The search index is built last, from the finished HTML (src/integrations/pagefind.ts).
  integrations: [
    // The NL Design System's components with West wint's tokens (src/integrations/design.ts).
    design(),
    publishing(),
    // lastmod: the date each page passed to the layout (src/integrations/sitemap-lastmod.ts).
    sitemap({ filter: (page) => !UNLISTED_PATHS.includes(new URL(page).pathname), serialize: withLastmod }),
    // The editor at /admin/, built apart from the site (src/integrations/admin.ts).
    admin(),
    pagefindIndex(),
  ],
});
