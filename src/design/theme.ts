/**
 * West wint's theme, built by Style Dictionary from the design tokens in src/design/tokens/, in the
 * layers NL Design System's themes use:
 * - brand.tokens.json: West wint's own colours, type and spacing (westwint.*);
 * - basis.tokens.json: what components are made of (basis.color.*, basis.text.*, basis.space.*),
 *   pointing into the brand;
 * - components/<set>.tokens.json: the CSS custom properties one component reads
 *   (--nl-button-*, --utrecht-card-*, --westwint-error-summary-*), pointing into the basis.
 *
 * Only component tokens reach a page, with their values resolved: a page carries the tokens of
 * the components it shows and no others (src/design/components.ts says which set goes with which
 * component). Tokens are written in the DTCG format with Tokens Studio's types, so a designer can
 * work on them in Figma's Tokens Studio and export them here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { register } from '@tokens-studio/sd-transforms';
import StyleDictionary from 'style-dictionary';
import { typeDtcgDelegate } from 'style-dictionary/utils';

/** A component's tokens: each custom property's name (without the dashes) and its value. */
export type TokenSet = ReadonlyMap<string, string>;

export interface Theme {
  /** The token sets by name: components/button.tokens.json is "button". */
  sets: ReadonlyMap<string, TokenSet>;
}

const SET_FILE = /\.tokens\.json$/;

// Without Style Dictionary's own CSS transforms: their size/rem rejects clamp() and calc().
register(StyleDictionary, { withSDBuiltins: false });
// DTCG: a $type on a group holds for the tokens in it, as in nl-design-system/themes.
StyleDictionary.registerPreprocessor({ name: 'dtcg-delegate', preprocessor: typeDtcgDelegate });

/** Builds the theme from a tokens folder; a broken reference or a clash stops it, naming the token. */
export async function buildTheme(dir: string): Promise<Theme> {
  const componentsDir = join(dir, 'components');
  const setFiles = readdirSync(componentsDir).filter((file) => SET_FILE.test(file));
  const dictionary = new StyleDictionary({
    source: [join(dir, '*.tokens.json'), join(componentsDir, '*.tokens.json')],
    preprocessors: ['tokens-studio', 'dtcg-delegate'],
    log: { verbosity: 'silent', warnings: 'error', errors: { brokenReferences: 'throw' } },
    platforms: { css: { transformGroup: 'tokens-studio', transforms: ['name/kebab'] } },
  });
  const { allTokens } = await dictionary.getPlatformTokens('css');
  const sets = new Map<string, Map<string, string>>(
    setFiles.map((file) => [file.replace(SET_FILE, ''), new Map()]),
  );
  for (const token of allTokens) {
    const file = token.filePath.split(/[\\/]/).pop() ?? '';
    const set = token.filePath.startsWith(componentsDir) ? sets.get(file.replace(SET_FILE, '')) : undefined;
    set?.set(token.name, String(token.$value ?? token.value));
  }
  return { sets };
}

/** A token set as CSS: its custom properties on the root, so every element may read them. */
export function tokenCss(set: TokenSet): string {
  if (set.size === 0) return '';
  return `:root{${[...set].map(([name, value]) => `--${name}:${value}`).join(';')}}\n`;
}
