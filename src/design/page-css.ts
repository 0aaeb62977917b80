/**
 * Each built page keeps only the CSS it can use, so the first round trip (HTML and CSS, gzipped)
 * stays within 14 KB with the NL Design System's full packages behind it:
 * - a rule whose selector needs a class that is neither on the page nor named in the site's
 *   bundled scripts (which name the classes they add in full; tests/unit/page-css.test.ts holds
 *   src/scripts to that) goes: the breadcrumb's rules on the home page, the table's on a page
 *   without a table (src/design/selectors.ts reads the selectors);
 * - then a token on `:root` that nothing left on the page reads goes too.
 * And the page's Content-Security-Policy allows exactly its own inline style, not the hashes of
 * every page's (Astro lists them all; they are random bytes that gzip cannot shrink).
 * src/integrations/design.ts runs this over every page once the build is done.
 */
import { createHash } from 'node:crypto';
import postcss from 'postcss';
import { customPropertiesOf } from './custom-properties.ts';
import { keepRulesThatCanMatch, removeEmpty } from './selectors.ts';

/** Every class in the page's markup. */
export function classesIn(html: string): Set<string> {
  const classes = new Set<string>();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of value!.split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/** Every word in a script's source that could be a class name it adds. */
export function classLikeWords(source: string): Set<string> {
  return new Set(source.match(/[a-z][a-z0-9]*(?:-{1,2}[a-z0-9]+|__[a-z0-9]+)+/gi) ?? []);
}

/** The page's CSS without the rules it cannot use, and without the tokens nothing left reads. */
export function pageCss(css: string, available: (className: string) => boolean): string {
  const root = postcss.parse(css);
  keepRulesThatCanMatch(root, available);
  // A token may be read by another token's value, so drop until nothing more goes.
  for (let dropped = true; dropped;) {
    dropped = false;
    const { read } = customPropertiesOf(root.toString());
    root.walkRules((rule) => {
      if (rule.selector !== ':root') return;
      rule.walkDecls((decl) => {
        if (decl.prop.startsWith('--') && !read.has(decl.prop)) {
          decl.remove();
          dropped = true;
        }
      });
    });
  }
  removeEmpty(root);
  return root.toString();
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A built page with its inline CSS made its own (pageCss) and a Content-Security-Policy whose
 * style-src allows 'self' and the hashes of exactly the inline styles the page now has.
 */
export function withPageCss(html: string, scriptClasses: ReadonlySet<string>): string {
  const classes = classesIn(html);
  const available = (name: string) => classes.has(name) || scriptClasses.has(name);
  const hashes: string[] = [];
  const styled = html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    const own = pageCss(css, available);
    hashes.push(sha256(own));
    return `<style>${own}</style>`;
  });
  if (hashes.length === 0) return html;
  let allowed = false;
  const page = styled.replace(
    /(<meta http-equiv="content-security-policy" content="[^"]*?style-src )([^;"]*)/,
    (_, before: string, sources: string) => {
      allowed = true;
      const others = sources.split(' ').filter((source) => source && !source.startsWith("'sha256-"));
      return `${before}${[...others, ...hashes].join(' ')}`;
    },
  );
  // A page whose policy could not be given its style's new hash would show unstyled: stop the build.
  if (!allowed && /http-equiv="content-security-policy"/i.test(html))
    throw new Error('A page has a Content-Security-Policy without a style-src to give its own style to.');
  return page;
}
