/**
 * The theme and the components hold together: every custom property a component's CSS needs
 * (read without a fallback) is set by the theme, the theme sets nothing that no CSS reads, and
 * colours in our own CSS are tokens. The packages' own token lists (src/tokens.json, where they
 * ship one) are checked as well, so a token a package documents but we misspelled is found.
 * tests/dist/design-tokens.test.ts checks the same on every built page.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, COMPONENT_NAMES } from '../../src/design/components';
import { customPropertiesOf } from '../../src/design/custom-properties';
import {
  componentCss,
  DESIGN_CSS_DIR,
  EVERY_PAGE_SETS,
  loadTheme,
  ownCss,
  TOKENS_DIR,
} from '../../src/integrations/design';
import { MAIL_TOKEN_SET, mailLook } from '../../src/lib/newsletter/mail-look';

const theme = await loadTheme();
const css = new Map(
  await Promise.all(COMPONENT_NAMES.map(async (name) => [name, await componentCss(name)] as const)),
);
/** Every stylesheet the site can put on a page, and the tokens, together. */
const allCss = [...css.values()].join('\n');
const everything = customPropertiesOf(allCss);
const tokenNames = new Set(
  [...theme.sets.values()].flatMap((set) => [...set.keys()].map((name) => `--${name}`)),
);

describe('the theme and the components', () => {
  it.each(COMPONENT_NAMES)('%s: every custom property its CSS needs is set where it is', (name) => {
    const { missing } = customPropertiesOf(css.get(name) ?? '');
    // What it may count on: its own tokens, those every page has (src/layouts/Base.astro), and
    // those of the components it says it uses, which its importers import with it.
    const given = new Set(
      [name, ...EVERY_PAGE_SETS, ...(COMPONENTS[name].uses ?? [])].flatMap((set) =>
        [...(theme.sets.get(set)?.keys() ?? [])].map((token) => `--${token}`),
      ),
    );
    const unset = [...missing].filter((property) => !given.has(property));
    expect(
      unset,
      `${name} reads these without a fallback, and neither its set nor the sets it uses give them`,
    ).toEqual([]);
  });

  it('every token the theme sets is read by some CSS, and the mail’s by the mail', () => {
    const unread = [...theme.sets]
      .filter(([set]) => set !== MAIL_TOKEN_SET)
      .flatMap(([, set]) => [...set.keys()].map((name) => `--${name}`))
      .filter((property) => !everything.read.has(property));
    expect(unread, 'tokens no stylesheet reads (a typo, or a component no longer used)').toEqual([]);
    // Mail clients read no custom properties: the mail takes its set's values itself.
    const mailSet = theme.sets.get(MAIL_TOKEN_SET);
    expect(mailSet, MAIL_TOKEN_SET).toBeDefined();
    const read = new Set<string>();
    class Recording extends Map<string, string> {
      override get(name: string) {
        read.add(name);
        return super.get(name);
      }
    }
    mailLook({ sets: new Map([[MAIL_TOKEN_SET, new Recording(mailSet)]]) });
    expect([...read].sort(), 'the mail reads every token of its set, and no other').toEqual(
      [...mailSet!.keys()].sort(),
    );
  });

  it('every token set belongs to a component, and every own stylesheet too', () => {
    const known = new Set<string>(COMPONENT_NAMES);
    const sets = readdirSync(join(TOKENS_DIR, 'components')).map((file) =>
      file.replace(/\.tokens\.json$/, ''),
    );
    const own = readdirSync(DESIGN_CSS_DIR).map((file) => file.replace(/\.css$/, ''));
    expect(sets.filter((set) => !known.has(set))).toEqual([]);
    expect(own.filter((file) => !known.has(file))).toEqual([]);
  });

  it('a component uses only components there are', () => {
    const unknown = COMPONENT_NAMES.flatMap((name) =>
      (COMPONENTS[name].uses ?? []).filter((used) => !(COMPONENT_NAMES as string[]).includes(used)),
    );
    expect(unknown).toEqual([]);
  });

  it('our own components have their own CSS', () => {
    const withoutCss = COMPONENT_NAMES.filter(
      (name) => !COMPONENTS[name].css && ownCss(name) === '' && !theme.sets.has(name),
    );
    expect(withoutCss).toEqual([]);
  });

  it('every token a package documents and reads without a fallback is set (its own list, beside the CSS)', () => {
    // A check apart from customPropertiesOf: the package's list of tokens, and a plain search of
    // its CSS for `var(--token)` with nothing after the name.
    let checked = 0;
    const unset: string[] = [];
    for (const name of COMPONENT_NAMES) {
      const component = COMPONENTS[name];
      if (!component.css) continue;
      const list = join('node_modules', component.css.package, 'src', 'tokens.json');
      if (!existsSync(list)) continue;
      const documented = new Set<string>();
      collectNames(JSON.parse(readFileSync(list, 'utf8')), [], documented);
      const cssOfComponent = css.get(name) ?? '';
      for (const token of documented) {
        if (!cssOfComponent.includes(`var(${token})`)) continue;
        checked++;
        if (!tokenNames.has(token) && !everything.set.has(token)) unset.push(`${name}: ${token}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(unset).toEqual([]);
  });

  it('colours in our own CSS are tokens', () => {
    const files = readdirSync(DESIGN_CSS_DIR).map((file) => resolve(DESIGN_CSS_DIR, file));
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla|oklch|lab)\(/i;
    const offenders = files.filter((file) =>
      readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .some((line) => literal.test(line)),
    );
    expect(offenders).toEqual([]);
  });
});

/** The CSS names of the tokens in a package's token list: {utrecht: {card: {color: {...}}}}. */
function collectNames(node: unknown, path: string[], into: Set<string>): void {
  if (typeof node !== 'object' || node === null) return;
  if ('$type' in node || 'type' in node || '$value' in node || 'value' in node) {
    into.add(`--${path.join('-')}`);
    return;
  }
  for (const [key, value] of Object.entries(node)) collectNames(value, [...path, key], into);
}

describe('the README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies as Record<string, string>;

  it.each(COMPONENT_NAMES)('names where %s comes from, at its pinned version', (name) => {
    const component = COMPONENTS[name];
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` `));
    expect(row, `a row for ${name} in the README's table of components`).toBeDefined();
    if (component.css) {
      expect(pinned[component.css.package], `${component.css.package} pinned exactly`).toMatch(
        /^\d+\.\d+\.\d+$/,
      );
      expect(row).toContain(`\`${component.css.package}\` ${pinned[component.css.package]}`);
    }
  });
});
