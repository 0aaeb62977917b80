/**
 * Each built page keeps only the CSS it can use, so the first round trip (HTML and CSS, gzipped)
 * stays within 14 KB with the NL Design System's full packages behind it:
 * - a rule whose selector needs a class that is neither on the page nor added by a script of the
 *   site (src/scripts/) goes: the breadcrumb's rules on the home page, the table's on a page
 *   without a table;
 * - then a token on `:root` that nothing left on the page reads goes too.
 * And the page's Content-Security-Policy allows exactly its own inline style, not the hashes of
 * every page's (Astro lists them all; they are random bytes that gzip cannot shrink).
 * src/integrations/design.ts runs this over every page once the build is done.
 */
import { createHash } from 'node:crypto';
import postcss from 'postcss';
import { customPropertiesOf } from './custom-properties.ts';

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

/** The classes a selector needs: those outside :not(), which a missing class cannot fail. */
const classesNeeded = (selector: string): string[] =>
  [...selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(
    (match) => match[1]!,
  );

/** The page's CSS without the rules it cannot use, and without the tokens nothing left reads. */
export function pageCss(css: string, available: (className: string) => boolean): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframes' steps (from, 50%) are not selectors of the page.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => classesNeeded(selector).every(available));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
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
  root.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
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
  return styled.replace(
    /(<meta http-equiv="content-security-policy" content="[^"]*?style-src )([^;"]*)/,
    (_, before: string, sources: string) => {
      const others = sources.split(' ').filter((source) => source && !source.startsWith("'sha256-"));
      return `${before}${[...others, ...hashes].join(' ')}`;
    },
  );
}
