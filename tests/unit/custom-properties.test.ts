import { describe, expect, it } from 'vitest';
import { customPropertiesOf } from '../../src/design/custom-properties';

describe('customPropertiesOf', () => {
  it('finds what is set and what is read, in fallbacks too', () => {
    const { set, read } = customPropertiesOf(':root{--a:1px}.x{margin:var(--a) var(--b, var(--c))}');
    expect([...set]).toEqual(['--a']);
    expect([...read].sort()).toEqual(['--a', '--b', '--c']);
  });

  it('counts as missing only what is needed: no fallback, not set', () => {
    const css = '.x{color:var(--a);border:var(--b, 1px);padding:var(--c, var(--d))}';
    expect([...customPropertiesOf(css).missing].sort()).toEqual(['--a', '--d']);
  });

  it('needs nothing from a fallback when the property before it is set', () => {
    expect([...customPropertiesOf(':root{--c:0}.x{padding:var(--c, var(--d))}').missing]).toEqual([]);
  });

  it('follows a property set by the component itself, and var() inside other functions', () => {
    const css = '.x{--_ring:0 0 0 var(--w);box-shadow:var(--_ring);inline-size:calc(100% - 2 * var(--gap))}';
    expect([...customPropertiesOf(css).missing].sort()).toEqual(['--gap', '--w']);
  });

  it('needs what a custom property references only where that property is needed', () => {
    // Utrecht's textbox: a private size from a token only its size modifiers set, read with a
    // fallback (an invalid custom property gives way to it).
    const css = '.x{--_size:calc(var(--max) * 1ch);inline-size:var(--_size, 100%)}';
    expect([...customPropertiesOf(css).missing]).toEqual([]);
    expect([...customPropertiesOf(`${css}.y{inline-size:var(--_size)}`).missing]).toEqual(['--max']);
    expect(customPropertiesOf(css).read.has('--max')).toBe(true);
  });
});
