/**
 * Which custom properties a stylesheet sets and which it reads, for the checks that hold the theme
 * and the components together (tests/unit/design-tokens.test.ts on each component,
 * tests/dist/design-tokens.test.ts on each built page): every property the CSS needs is set, and
 * every token set is read.
 *
 * "Needs" follows the fallbacks: in `var(--a, var(--b))` the CSS needs --a, or else --b; with --a
 * set, --b does not matter. `var(--c, 1px)` needs nothing.
 */
import postcss from 'postcss';

interface Reference {
  name: string;
  /** The references in its fallback; null when it has no fallback at all. */
  fallback: Reference[] | null;
}

/** The var() references in a CSS value, each with those in its fallback. */
function referencesIn(value: string): Reference[] {
  const references: Reference[] = [];
  let at = 0;
  for (;;) {
    const start = value.indexOf('var(', at);
    if (start === -1) return references;
    // The matching closing parenthesis.
    let depth = 0;
    let end = start + 3;
    for (; end < value.length; end++) {
      if (value[end] === '(') depth++;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const inner = value.slice(start + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    references.push({ name, fallback: comma === -1 ? null : referencesIn(inner.slice(comma + 1)) });
    at = end + 1;
  }
}

export interface CustomProperties {
  /** Every custom property the CSS sets, anywhere. */
  set: Set<string>;
  /** Every custom property the CSS reads, in a fallback or not. */
  read: Set<string>;
  /** What the CSS needs and nobody sets: a var() with no fallback, not set, or whose fallback needs one. */
  missing: Set<string>;
}

export function customPropertiesOf(css: string): CustomProperties {
  const set = new Set<string>();
  const values: string[] = [];
  /** What a custom property's own declarations reference: needed only where it is needed itself. */
  const definitions = new Map<string, Reference[][]>();
  postcss.parse(css).walkDecls((decl) => {
    if (!decl.prop.startsWith('--')) return void values.push(decl.value);
    set.add(decl.prop);
    definitions.set(decl.prop, [...(definitions.get(decl.prop) ?? []), referencesIn(decl.value)]);
  });
  const read = new Set<string>();
  const missing = new Set<string>();
  const followed = new Set<string>();
  const visit = (references: Reference[], needed: boolean) => {
    for (const { name, fallback } of references) {
      read.add(name);
      const isSet = set.has(name);
      if (needed && !isSet && fallback === null) missing.add(name);
      // A custom property whose own var() is unset is invalid, and its reader's fallback applies:
      // what it references is needed only where it is read without one.
      if (needed && isSet && fallback === null && !followed.has(name)) {
        followed.add(name);
        for (const inner of definitions.get(name) ?? []) visit(inner, true);
      }
      // A fallback is read, but needed only where the property before it is not set.
      if (fallback) visit(fallback, needed && !isSet);
    }
  };
  for (const value of values) visit(referencesIn(value), true);
  // What only an unused private property references is read all the same, never needed.
  for (const list of definitions.values()) for (const references of list) markRead(references, read);
  return { set, read, missing };
}

function markRead(references: Reference[], read: Set<string>): void {
  for (const { name, fallback } of references) {
    read.add(name);
    if (fallback) markRead(fallback, read);
  }
}
