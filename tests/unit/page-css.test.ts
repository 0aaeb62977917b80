import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classesIn, classLikeWords, pageCss, withPageCss } from '../../src/design/page-css';

const has =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name);

describe('pageCss', () => {
  it('keeps the rules whose classes are all on the page, and rules without classes', () => {
    const css = '.a{color:red}.b{color:blue}.a .b{margin:0}a:hover{color:green}';
    expect(pageCss(css, has('a'))).toBe('.a{color:red}a:hover{color:green}');
  });

  it('keeps the selectors of a list that can match, and ignores classes inside :not()', () => {
    expect(pageCss('.a,.b{color:red}.a:not(.gone){margin:0}', has('a'))).toBe(
      '.a{color:red}.a:not(.gone){margin:0}',
    );
  });

  it('drops the tokens on :root that nothing left reads, following tokens read by tokens', () => {
    const css =
      ':root{--used:1px;--unused:2px;--via:3px;--reads-via:var(--via)}.a{margin:var(--used) var(--reads-via)}.b{padding:var(--unused)}';
    expect(pageCss(css, has('a'))).toBe(
      ':root{--used:1px;--via:3px;--reads-via:var(--via)}.a{margin:var(--used) var(--reads-via)}',
    );
  });

  it('leaves an at-rule out when none of its rules is left, and keeps keyframes whole', () => {
    const css = '@media print{.b{display:none}}@keyframes spin{from{rotate:0}to{rotate:1turn}}';
    expect(pageCss(css, has())).toBe('@keyframes spin{from{rotate:0}to{rotate:1turn}}');
  });
});

describe('withPageCss', () => {
  const sha = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  const page = (css: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-old1=' 'sha256-old2='; img-src 'self'"><style>${css}</style></head><body><p class="a x">Hoi</p></body></html>`;

  it("makes the inline CSS the page's own and allows exactly its hash", () => {
    const html = withPageCss(page('.a{color:red}.b{color:blue}'), new Set());
    expect(html).toContain('<style>.a{color:red}</style>');
    expect(html).toContain(`style-src 'self' ${sha('.a{color:red}')}; img-src 'self'`);
    expect(html).not.toContain('old1');
  });

  it('keeps what a script of the site adds to the page', () => {
    expect(withPageCss(page('.b{color:blue}'), new Set(['b']))).toContain('<style>.b{color:blue}</style>');
  });
});

describe('the classes of a page and of a script', () => {
  it('reads class attributes', () => {
    expect([...classesIn('<p class="nl-paragraph  nl-paragraph--lead"><a class="nl-link">x</a>')]).toEqual([
      'nl-paragraph',
      'nl-paragraph--lead',
      'nl-link',
    ]);
  });

  it('finds the class-like words in a script, the BEM forms too', () => {
    const words = classLikeWords(
      "el.classList.add('utrecht-alert', 'utrecht-alert--error'); `westwint-search__title`",
    );
    expect([...words]).toEqual(['utrecht-alert', 'utrecht-alert--error', 'westwint-search__title']);
  });
});

describe('reading selectors as a page can match them', () => {
  it('needs one of the selectors of :is() and :where(), and nothing of :not() or :has()', () => {
    const css =
      '.a:is(.b,.c){margin:0}.a:where(.x,.y){padding:0}.a:not(:not(.gone)){color:red}.a:has(>.gone){color:blue}';
    expect(pageCss(css, has('a', 'c'))).toBe(
      '.a:is(.b,.c){margin:0}.a:not(:not(.gone)){color:red}.a:has(>.gone){color:blue}',
    );
  });

  it('reads no class in an attribute value', () => {
    expect(pageCss('a[href$=".pdf"]{color:red}', has())).toBe('a[href$=".pdf"]{color:red}');
  });

  it('leaves out nested at-rules left empty', () => {
    expect(pageCss('@media print{@supports (display:grid){.b{display:none}}}.a{color:red}', has('a'))).toBe(
      '.a{color:red}',
    );
  });

  it("stops when a page's policy has no style-src to allow its style", () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src 'self'"><style>.a{}</style>`;
    expect(() => withPageCss(html, new Set())).toThrow(/style-src/);
  });
});

describe('the site’s scripts', () => {
  it('name the classes they add in full, so each page keeps the CSS for them', () => {
    const dir = 'src/scripts';
    const composed = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        readFileSync(join(dir, file), 'utf8')
          .split('\n')
          .filter((line) => /class(?:Name|List)\b/.test(line) && line.includes('${'))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(composed).toEqual([]);
  });
});
