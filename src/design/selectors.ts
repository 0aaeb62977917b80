/**
 * Whether a selector can match, given which classes may be on the page: the one reading of a
 * selector that leaving rules out relies on (src/design/unused-rules.ts, src/design/page-css.ts).
 * - every class in a compound is needed (`.a.b`, `.a .b`);
 * - `:is()` and `:where()` need one of their selectors (`.a:is(.b, .c)` with .c on the page can match);
 * - `:not()` and `:has()` need nothing: a missing class cannot make a `:not()` fail, and a `:has()`
 *   may match other children, so both are kept rather than guessed;
 * - attribute selectors need nothing, whatever their value (`a[href$=".pdf"]`).
 */
import type postcss from 'postcss';
import parser, { type Node as SelectorNode, type Selector } from 'postcss-selector-parser';

const NEEDS_NOTHING = new Set([':not', ':has']);
const NEEDS_ONE = new Set([':is', ':where', ':matches', ':-webkit-any']);

function canMatch(selector: Selector, available: (className: string) => boolean): boolean {
  let possible = true;
  const visit = (node: SelectorNode): void => {
    if (!possible) return;
    if (node.type === 'class' && !available(node.value)) possible = false;
    else if (node.type === 'pseudo') {
      const name = node.value.toLowerCase();
      if (NEEDS_NOTHING.has(name)) return;
      if (NEEDS_ONE.has(name)) {
        if (!node.nodes.some((inner) => canMatch(inner, available))) possible = false;
        return;
      }
      node.nodes.forEach((inner) => inner.nodes.forEach(visit));
    }
  };
  selector.nodes.forEach(visit);
  return possible;
}

const parse = parser();

/** The selectors of a rule's list that can match with the classes available. */
export function selectorsThatCanMatch(
  selectors: readonly string[],
  available: (className: string) => boolean,
): string[] {
  return selectors.filter((text) => {
    const root = parse.astSync(text);
    return root.nodes.some((selector) => canMatch(selector, available));
  });
}

/**
 * Leaves out of a stylesheet the selectors that cannot match, the rules left with none, and then
 * the at-rules (@media, @supports) left empty, however deeply nested. Keyframes are not selectors.
 */
export function keepRulesThatCanMatch(root: postcss.Root, available: (className: string) => boolean): void {
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const kept = selectorsThatCanMatch(rule.selectors, available);
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  removeEmpty(root);
}

/** Removes rules and at-rules with nothing in them, inside out. */
export function removeEmpty(root: postcss.Root): void {
  for (let removed = true; removed;) {
    removed = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes && node.nodes.length === 0) {
        node.remove();
        removed = true;
      }
    });
  }
}
