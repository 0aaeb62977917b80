import { describe, expect, it } from 'vitest';
import { simplifyValue, withShortFallbacks } from '../../src/design/fallbacks';

const known = {
  alwaysSet: new Set(['--card-color']),
  setAnywhere: new Set(['--card-color', '--form-control-color', '--_private']),
};

describe('shorter var() chains', () => {
  it('ends a chain at a property our theme always sets', () => {
    expect(simplifyValue('var(--card-color, var(--document-color, inherit))', known)).toBe(
      'var(--card-color)',
    );
  });

  it('skips a property nothing sets when what follows reads a property', () => {
    expect(simplifyValue('var(--textbox-color, var(--form-control-color, inherit))', known)).toBe(
      'var(--form-control-color,inherit)',
    );
  });

  it('keeps a literal fallback: the browser checks a var() late and a literal early', () => {
    expect(simplifyValue('var(--table-border-color, 0)', known)).toBe('var(--table-border-color,0)');
  });

  it('leaves a var() without fallback, and the text around it, as it is', () => {
    expect(simplifyValue('0 0 0 var(--w) var(--card-color, red)', known)).toBe(
      '0 0 0 var(--w) var(--card-color)',
    );
  });

  it('rewrites every declaration of a stylesheet', () => {
    const css = '.x{--_private:1px;color:var(--textbox-color, var(--form-control-color))}';
    expect(withShortFallbacks(css, known)).toBe('.x{--_private:1px;color:var(--form-control-color)}');
  });
});
