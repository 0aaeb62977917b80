/**
 * The design system at build time: `import 'virtual:westwint-design/<component>.css'` gives a page
 * that component's CSS: its NL Design System package's stylesheet (src/design/components.ts), then
 * our own for it (src/design/css/<component>.css: what NLDS has not yet, or a small addition), then
 * its tokens, resolved from the theme (src/design/theme.ts). Each page carries only what it shows.
 * The editor's bundle (src/integrations/admin.ts) uses the same plugin for its previews.
 *
 * `npm run dev` rebuilds the theme and reloads the page when a token or design CSS file changes.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import {
  COMPONENT_NAMES,
  COMPONENTS,
  DESIGN_MODULE_PREFIX,
  type ComponentName,
  type DesignComponent,
} from '../design/components.ts';
import { withoutRulesFor } from '../design/unused-rules.ts';
import { customPropertiesOf } from '../design/custom-properties.ts';
import { withShortFallbacks } from '../design/fallbacks.ts';
import { classLikeWords, withPageCss } from '../design/page-css.ts';
import { buildTheme, tokenCss, type Theme } from '../design/theme.ts';

// Astro loads this file from a bundled copy of astro.config.mjs, so paths start from the project root.
export const TOKENS_DIR = resolve('src/design/tokens');
export const DESIGN_CSS_DIR = resolve('src/design/css');
const RESOLVED_PREFIX = `\0${DESIGN_MODULE_PREFIX}`;
const require = createRequire(resolve('package.json'));

let theme: Promise<Theme> | undefined;
/** The theme, built once per process (and again in `npm run dev` after a token file changed). */
export const loadTheme = (): Promise<Theme> => (theme ??= buildTheme(TOKENS_DIR));

const isComponent = (name: string): name is ComponentName => Object.hasOwn(COMPONENTS, name);

/** Our own CSS for a component, if there is any. */
export function ownCss(name: string): string {
  const file = resolve(DESIGN_CSS_DIR, `${name}.css`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** A component's package stylesheet, without the rules for modifiers the site never renders. */
function packageCss(component: DesignComponent): string {
  if (!component.css) return '';
  const css = readFileSync(require.resolve(`${component.css.package}/${component.css.file}`), 'utf8')
    // The page is UTF-8 already; a @charset inside a page's combined CSS is an error.
    .replace(/^@charset "UTF-8";\s*/i, '');
  return withoutRulesFor(css, component.without ?? []);
}

/** Token sets every page carries (src/layouts/Base.astro), so a component may count on them. */
export const EVERY_PAGE_SETS = ['root', 'document'] as const;

let setAnywhere: Promise<Set<string>> | undefined;
/** Every custom property the site's CSS may set: the tokens, and what the components declare. */
const propertiesSetAnywhere = (): Promise<Set<string>> =>
  (setAnywhere ??= loadTheme().then(({ sets }) => {
    const names = new Set([...sets.values()].flatMap((set) => [...set.keys()].map((token) => `--${token}`)));
    for (const name of COMPONENT_NAMES) {
      const component: DesignComponent = COMPONENTS[name];
      for (const property of customPropertiesOf(packageCss(component) + ownCss(name)).set)
        names.add(property);
    }
    return names;
  }));

/** A component's CSS: its package's stylesheet, our own, then its tokens (src/design/fallbacks.ts). */
export async function componentCss(name: string): Promise<string> {
  if (!isComponent(name)) {
    throw new Error(
      `${DESIGN_MODULE_PREFIX}${name}.css: there is no component "${name}" in src/design/components.ts ` +
        `(there are: ${Object.keys(COMPONENTS).join(', ')})`,
    );
  }
  const { sets } = await loadTheme();
  const tokens = sets.get(name);
  const alwaysSet = new Set(
    [name, ...EVERY_PAGE_SETS].flatMap((set) =>
      [...(sets.get(set)?.keys() ?? [])].map((token) => `--${token}`),
    ),
  );
  const css = withShortFallbacks(`${packageCss(COMPONENTS[name])}\n${ownCss(name)}`, {
    alwaysSet,
    setAnywhere: await propertiesSetAnywhere(),
  });
  return `${css}\n${tokens ? tokenCss(tokens) : ''}`;
}

/**
 * Every class name the built site's scripts may add: the words in its bundled JavaScript, where a
 * script names its classes in full (the editor and Pagefind's own files aside).
 */
function classesInScripts(siteDir: string): Set<string> {
  const words = new Set<string>();
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js') || file.startsWith(`admin${sep}`) || file.startsWith(`pagefind${sep}`))
      continue;
    for (const word of classLikeWords(readFileSync(join(siteDir, file), 'utf8'))) words.add(word);
  }
  return words;
}

export function designPlugin(): Plugin {
  return {
    name: 'westwint:design',
    resolveId(id) {
      return id.startsWith(DESIGN_MODULE_PREFIX) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      return componentCss(id.slice(RESOLVED_PREFIX.length).replace(/\.css$/, ''));
    },
    configureServer(server) {
      server.watcher.add([TOKENS_DIR, DESIGN_CSS_DIR]);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(TOKENS_DIR) && !file.startsWith(DESIGN_CSS_DIR)) return;
        theme = undefined;
        setAnywhere = undefined;
        for (const module of server.moduleGraph.idToModuleMap.values())
          if (module.id?.startsWith(RESOLVED_PREFIX)) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

export default function design(): AstroIntegration {
  return {
    name: 'westwint:design',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [designPlugin()] } });
      },
      // Each page keeps only the CSS it can use (src/design/page-css.ts).
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir);
        const scriptClasses = classesInScripts(siteDir);
        let before = 0;
        let after = 0;
        for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
          // The editor has its own styles. A newsletter's mail has none of ours: its one
          // <style type="text/css"> is MJML's, which withPageCss leaves alone.
          if (!file.endsWith('.html') || file.startsWith(`admin${sep}`)) continue;
          const path = join(siteDir, file);
          const html = readFileSync(path, 'utf8');
          const own = withPageCss(html, scriptClasses);
          before += html.length;
          after += own.length;
          if (own !== html) writeFileSync(path, own);
        }
        logger.info(
          `each page's own CSS: ${Math.round((before - after) / 1024)} KB left out in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
