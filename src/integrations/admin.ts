/**
 * The editor at /admin/ (Sveltia CMS, src/admin/). It is built apart from the site, with Vite,
 * into dist/admin/: an Astro page would get the public pages' Content-Security-Policy in a
 * <meta>, a second policy the editor cannot work under. Its own policy is a header for /admin/*
 * in src/lib/security/headers.ts. No public page loads any of it.
 *
 * The bundle depends on the code in src/ (the editor checks entries with the content model, and
 * its preview uses the design system's components, src/admin/preview-page.css) and the pinned
 * packages, not on the content, so it is built once per change of those and copied from
 * node_modules/.cache; the test builds reuse it. The configuration, /admin/config.yml, is an ordinary Astro endpoint (src/pages/admin/config.yml.ts).
 *
 * With `npm run dev` the same bundle is served at http://localhost:4321/admin/, where Sveltia
 * offers to work on this clone's files ("Werken met lokale repository").
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lookup } from 'mrmime';
import { build, type Plugin } from 'vite';
import { COMPONENTS, DESIGN_MODULE_PREFIX, type DesignComponent } from '../design/components';
import { EDITOR_PREFIX } from '../lib/urls/routes';
import { componentCss } from './design';

const ADMIN_PATH = `${EDITOR_PREFIX}/`;
// Astro loads this file from a bundled copy of astro.config.mjs, so paths start from the project root.
const SOURCE_DIR = resolve('src/admin');
const CACHE_ROOT = resolve('node_modules/.cache/westwint-admin');

/** What the design system's CSS is made from besides src/: its packages and the token builder. */
const DESIGN_PACKAGES = [
  ...new Set(
    Object.values<DesignComponent>(COMPONENTS).flatMap((component) =>
      component.css ? [component.css.package] : [],
    ),
  ),
  'style-dictionary',
  '@tokens-studio/sd-transforms',
];

/**
 * What the bundle is made from: the code in src/ (this file among it, the tokens and our own CSS),
 * the pinned editor, pdf.js, the bundler and the design system's packages.
 */
function bundleKey(): string {
  const hash = createHash('sha256');
  const sources = readdirSync(resolve('src'), { recursive: true, encoding: 'utf8' }).sort();
  for (const name of sources) {
    const file = join(resolve('src'), name);
    if (statSync(file).isFile()) hash.update(name).update(readFileSync(file));
  }
  for (const pkg of ['@sveltia/cms', 'pdfjs-dist', 'vite', ...DESIGN_PACKAGES])
    hash.update(readFileSync(resolve('node_modules', pkg, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Three changes to Sveltia's code, each failing the build if an upgrade moves what it changes:
 * - Sveltia registers its bundled fonts from our origin, but its stylesheet also declares the same
 *   faces at cdn.jsdelivr.net; that rule, added later, wins and the browser asks the CDN (which the
 *   policy blocks, reporting a violation). Dropping those @font-face rules leaves the bundled fonts.
 * - Its viewport says maximum-scale=1, which stops editors from zooming in on a phone (WCAG 1.4.4).
 * - Its Dutch dialog for a save that did not go through says "try again later"; when the checks
 *   before saving refuse an entry (src/admin/checks.ts), waiting would not help.
 */
const CDN_FONT_FACE = /@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^}]*\}/g;
const NO_ZOOM = '`maximum-scale=1`,';
const SAVE_FAILED = 'Er is een fout opgetreden bij het opslaan van het item. Probeer het later opnieuw.';
const NOT_SAVED = 'Het item is niet opgeslagen.';

function adaptSveltia(): Plugin {
  return {
    name: 'westwint:admin-adapt-sveltia',
    transform(code, id) {
      if (id.includes('@sveltia/cms/locales/nl.json')) {
        if (!code.includes(SAVE_FAILED))
          this.error('Sveltia words its Dutch "saving failed" dialog in a form this plugin does not change');
        return { code: code.replace(SAVE_FAILED, NOT_SAVED), map: null };
      }
      if (!id.includes('@sveltia/cms') || !code.includes('cdn.jsdelivr.net/fontsource')) return null;
      const adapted = code.replace(CDN_FONT_FACE, '').replace(NO_ZOOM, '');
      if (adapted.includes('cdn.jsdelivr.net/fontsource/fonts/'))
        this.error('Sveltia declares fonts at jsDelivr in a form this plugin does not remove');
      if (adapted.includes('maximum-scale'))
        this.error('Sveltia limits zooming in a form this plugin does not remove');
      return { code: adapted, map: null };
    },
  };
}

const DESIGN_IMPORT = new RegExp(
  `@import\\s+(['"])${DESIGN_MODULE_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\w-]+)\\.css\\1\\s*;`,
  'g',
);

/**
 * The preview's stylesheet imports the design system's components as a page does
 * (`@import 'virtual:westwint-design/heading.css';`); Vite reads a stylesheet's @import from disk,
 * so this puts each component's CSS (src/integrations/design.ts) in its place first.
 */
function designImports(): Plugin {
  return {
    name: 'westwint:admin-design-imports',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.css(?:\?|$)/.test(id) || !code.includes(DESIGN_MODULE_PREFIX)) return null;
      const parts = await Promise.all(
        [...code.matchAll(DESIGN_IMPORT)].map((match) => componentCss(match[2]!)),
      );
      let index = 0;
      const inlined = code.replace(DESIGN_IMPORT, () => parts[index++]!);
      if (inlined.includes(DESIGN_MODULE_PREFIX))
        this.error(`${id}: import the design system as @import '${DESIGN_MODULE_PREFIX}<component>.css';`);
      return { code: inlined, map: null };
    },
  };
}

let building: Promise<string> | undefined;

/** Builds the editor bundle unless this version is cached; returns its folder. */
export function adminBundle(): Promise<string> {
  building ??= (async () => {
    const folder = join(CACHE_ROOT, bundleKey());
    if (existsSync(join(folder, 'index.html'))) return folder;
    const partial = `${folder}.partial-${process.pid}`;
    await build({
      configFile: false,
      plugins: [adaptSveltia(), designImports()],
      root: SOURCE_DIR,
      base: ADMIN_PATH,
      logLevel: 'warn',
      // src/consts.ts names the build's folders from the environment; in the browser there is none.
      define: {
        'process.env.WESTWINT_CONTENT_DIR': 'undefined',
        'process.env.WESTWINT_PUBLIC_DIR': 'undefined',
      },
      build: {
        outDir: partial,
        emptyOutDir: true,
        assetsDir: 'assets',
        // Scripts and fonts are files on our origin; nothing inline for the policy to allow.
        assetsInlineLimit: 0,
        modulePreload: { polyfill: false },
        sourcemap: false,
        reportCompressedSize: false,
        // Sveltia is one large application; the warning would say nothing new.
        chunkSizeWarningLimit: 5000,
      },
    });
    // Two builds may bundle at once (test builds run side by side); the first to finish wins.
    try {
      renameSync(partial, folder);
    } catch (error) {
      if (!existsSync(join(folder, 'index.html'))) throw error;
      rmSync(partial, { recursive: true, force: true });
    }
    return folder;
  })();
  return building;
}

function serveFile(folder: string, path: string, res: ServerResponse): boolean {
  const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) return false;
  res.setHeader('Content-Type', lookup(file) ?? 'application/octet-stream');
  res.end(readFileSync(file));
  return true;
}

export default function admin(): AstroIntegration {
  return {
    name: 'westwint:admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(ADMIN_PATH) || path.endsWith('.yml')) return next();
          adminBundle()
            .then((folder) =>
              serveFile(folder, path.slice(ADMIN_PATH.length - 1), res) ? undefined : next(),
            )
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const folder = await adminBundle();
        cpSync(folder, join(fileURLToPath(dir), 'admin'), { recursive: true });
        logger.info(`editor copied to ${ADMIN_PATH} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
