/**
 * Shorter var() chains, the same look. NLDS packages read each property through a chain of
 * fallbacks (`var(--utrecht-textbox-color, var(--utrecht-form-control-color, inherit))`) so that
 * any theme can set any level. Our theme is known when the site is built, so two links of a chain
 * can go without changing what a browser computes:
 * - a property no CSS of the site ever sets: `var(--x, var(--y))` is `var(--y)`;
 * - a property our theme sets on every page that carries this component: `var(--x, F)` is `var(--x)`.
 * A designer's token stays a custom property a page reads; only the dead ends are cut, which keeps
 * the first round trip within its 14 KB.
 */
import postcss from 'postcss';

export interface KnownProperties {
  /** Set on every page that carries the component: its own tokens and those every page has. */
  alwaysSet: ReadonlySet<string>;
  /** Set somewhere: any token, and any custom property a component's CSS declares. */
  setAnywhere: ReadonlySet<string>;
}

/** The index of the parenthesis that closes the one at `open`. */
function closing(value: string, open: number): number {
  let depth = 0;
  for (let at = open; at < value.length; at++) {
    if (value[at] === '(') depth++;
    else if (value[at] === ')' && --depth === 0) return at;
  }
  return value.length;
}

/** The index of the first comma at depth 0 of `inner`, or -1. */
function topLevelComma(inner: string): number {
  let depth = 0;
  for (let at = 0; at < inner.length; at++) {
    if (inner[at] === '(') depth++;
    else if (inner[at] === ')') depth--;
    else if (inner[at] === ',' && depth === 0) return at;
  }
  return -1;
}

/** A CSS value with the dead ends of its var() chains cut. */
export function simplifyValue(value: string, known: KnownProperties): string {
  let result = '';
  let at = 0;
  for (;;) {
    const start = value.indexOf('var(', at);
    if (start === -1) return result + value.slice(at);
    const end = closing(value, start + 3);
    const inner = value.slice(start + 4, end);
    const comma = topLevelComma(inner);
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma === -1 ? null : simplifyValue(inner.slice(comma + 1), known).trim();
    let replacement: string;
    if (fallback === null || fallback === '') replacement = value.slice(start, end + 1);
    else if (known.alwaysSet.has(name)) replacement = `var(${name})`;
    // Only a fallback that reads a property itself: a declaration with a var() in it is checked
    // when the page is shown, one without is checked (and maybe dropped) when it is read.
    else if (!known.setAnywhere.has(name) && fallback.includes('var(')) replacement = fallback;
    else replacement = `var(${name},${fallback})`;
    result += value.slice(at, start) + replacement;
    at = end + 1;
  }
}

/** A stylesheet with the dead ends of its var() chains cut (see above). */
export function withShortFallbacks(css: string, known: KnownProperties): string {
  const root = postcss.parse(css);
  root.walkDecls((decl) => {
    if (decl.value.includes('var(')) decl.value = simplifyValue(decl.value, known);
  });
  return root.toString();
}
