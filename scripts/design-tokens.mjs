#!/usr/bin/env node
/**
 * `npm run design:tokens -- [component ...]`: for a designer or developer changing the theme, what
 * each component's CSS reads (src/design/components.ts), and what our theme gives it:
 * - needs: read without a fallback; the theme must set it (tests/unit/design-tokens.test.ts);
 * - may set: read with a fallback; set it to change the component's look;
 * - set: what the theme sets now, with its resolved value.
 * Without arguments it lists every component.
 */
import { COMPONENT_NAMES } from '../src/design/components.ts';
import { customPropertiesOf } from '../src/design/custom-properties.ts';
import { componentCss, loadTheme } from '../src/integrations/design.ts';

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !COMPONENT_NAMES.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown component: ${unknown.join(', ')}. There are: ${COMPONENT_NAMES.join(', ')}`);
  process.exit(1);
}
const theme = await loadTheme();
const values = new Map(
  [...theme.sets.values()].flatMap((set) => [...set].map(([name, value]) => [`--${name}`, value])),
);

for (const name of asked.length > 0 ? asked : COMPONENT_NAMES) {
  // The component's tokens are part of its CSS; read what the rest of it asks for.
  const tokens = theme.sets.get(name) ?? new Map();
  const own = new Set([...tokens.keys()].map((token) => `--${token}`));
  const { read, missing } = customPropertiesOf((await componentCss(name)).replace(/:root\{[^}]*\}\s*$/, ''));
  const isPrivate = (property) => property.startsWith('--_');
  const needs = [...missing].filter((property) => !isPrivate(property));
  const maySet = [...read].filter((property) => !missing.has(property) && !isPrivate(property));
  console.log(`\n${name}`);
  console.log(`  needs:   ${needs.map((p) => (values.has(p) ? p : `${p} (NOT SET)`)).join(' ') || '-'}`);
  console.log(`  may set: ${maySet.filter((p) => !values.has(p)).join(' ') || '-'}`);
  console.log('  set:');
  for (const property of own) console.log(`    ${property}: ${values.get(property)}`);
}
