/**
 * Leaves out of a package's CSS the rules that only apply to modifier classes the site never
 * renders (src/design/components.ts, `without`): less CSS on the page, and no tokens to set for
 * looks nobody sees. A selector that needs a modifier is dropped; one that excludes it
 * (`:not(.nl-button--disabled)`) stays, since it applies to the buttons the site does render.
 */
import postcss from 'postcss';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function withoutRulesFor(css: string, modifiers: readonly string[]): string {
  if (modifiers.length === 0) return css;
  const needs = new RegExp(`\\.(?:${modifiers.map(escape).join('|')})(?![\\w-])`);
  const needsModifier = (selector: string) => needs.test(selector.replace(/:not\([^()]*\)/g, ''));
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => !needsModifier(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // An at-rule (@media) whose rules all went goes too.
  root.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  return root.toString();
}
