import { describe, expect, it } from 'vitest';
import { withoutRulesFor } from '../../src/design/unused-rules';

describe('withoutRulesFor', () => {
  it('drops the rules that need a left-out modifier, and keeps the others', () => {
    const css =
      '.b{color:red}.b--subtle{color:blue}.b:where(.b--primary.b--pressed):hover{color:green}.b--primary{color:black}';
    expect(withoutRulesFor(css, ['b--subtle', 'b--pressed'])).toBe('.b{color:red}.b--primary{color:black}');
  });

  it('keeps a selector that excludes the modifier, since it applies to what the site renders', () => {
    const css = '.b:not(.b--disabled):hover{border-color:Highlight}.b.b--disabled{cursor:not-allowed}';
    expect(withoutRulesFor(css, ['b--disabled'])).toBe('.b:not(.b--disabled):hover{border-color:Highlight}');
  });

  it('drops only the selectors of a list that need the modifier', () => {
    expect(withoutRulesFor('.b--subtle,.b--primary{color:red}', ['b--subtle'])).toBe(
      '.b--primary{color:red}',
    );
  });

  it('matches whole class names only, and drops an at-rule left empty', () => {
    const css = '.b--subtle-x{color:red}@media (forced-colors: active){.b--subtle{color:blue}}';
    expect(withoutRulesFor(css, ['b--subtle'])).toBe('.b--subtle-x{color:red}');
  });

  it('changes nothing without modifiers', () => {
    expect(withoutRulesFor('.b{color:red}', [])).toBe('.b{color:red}');
  });
});
