import { describe, expect, it } from 'vitest';
import { jsonLd } from '../../src/lib/head/structured-data';

describe('jsonLd', () => {
  it('cannot close its script block', () => {
    const text = jsonLd({ headline: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & <!--' });
  });
});
