/** Files for the deploy besides the pages: Netlify's _redirects, robots.txt and security.txt. */
import { isoInAmsterdam } from '../dates/amsterdam';

export interface Redirect {
  from: string;
  to: string;
}

/** The _redirects file: every old address with a permanent (301) redirect, sorted for stable diffs. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  for (const { from, to } of redirects) {
    if (/\s/.test(from) || /\s/.test(to))
      throw new Error(`Een oud adres of doel bevat een spatie: "${from}" → "${to}"`);
  }
  const lines = [...redirects]
    .sort((a, b) => a.from.localeCompare(b.from, 'en'))
    .map(({ from, to }) => `${from} ${to} 301`);
  return [
    '# Oude adressen (veld "aliases" in content/), gemaakt bij de build. Niet met de hand bewerken.',
    ...lines,
    '',
  ].join('\n');
}

/** robots.txt: everything may be indexed; the sitemap index lives at the site's own address. */
export function robotsTxt(siteUrl: URL | string): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${new URL('/sitemap-index.xml', siteUrl).href}`,
    '',
  ].join('\n');
}

export interface SecurityContact {
  contact: string;
  expires: Date;
  languages: readonly string[];
  policy?: string | undefined;
}

/**
 * /.well-known/security.txt (RFC 9116): whom to tell about a security problem, until when
 * that holds, in which languages, and where this file and the disclosure policy live.
 */
export function securityTxt(security: SecurityContact, siteUrl: URL | string): string {
  const lines = [
    `Contact: ${security.contact}`,
    `Expires: ${isoInAmsterdam(security.expires)}`,
    `Preferred-Languages: ${security.languages.join(', ')}`,
    `Canonical: ${new URL('/.well-known/security.txt', siteUrl).href}`,
  ];
  if (security.policy) lines.push(`Policy: ${new URL(security.policy, siteUrl).href}`);
  return `${lines.join('\n')}\n`;
}
