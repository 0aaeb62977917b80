/**
 * Leaves out of a package's CSS the rules that only apply to modifier classes the site never
 * renders (src/design/components.ts, `without`): less CSS on the page, and no tokens to set for
 * looks nobody sees. A selector that needs a modifier is dropped; one that excludes it
 * (`:not(.nl-button--disabled)`) stays, since it applies to the buttons the site does render.
 */
import postcss from 'postcss';
import { keepRulesThatCanMatch } from './selectors.ts';

export function withoutRulesFor(css: string, modifiers: readonly string[]): string {
  if (modifiers.length === 0) return css;
  const leftOut = new Set(modifiers);
  const root = postcss.parse(css);
  keepRulesThatCanMatch(root, (className) => !leftOut.has(className));
  return root.toString();
}
