/** Files for the deploy besides the pages: Netlify's _redirects, robots.txt and security.txt. */
import { SECURITY_TXT_DAYS, SECURITY_TXT_RENEW_DAYS } from '../../consts';
import { addDays, isoInAmsterdam, startOfAmsterdamDay } from '../dates/amsterdam';

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
  languages: readonly string[];
  policy?: string | undefined;
}

/** When security.txt built on `today` (JJJJ-MM-DD, Amsterdam) stops holding: the start of a day SECURITY_TXT_DAYS later. */
export function securityTxtExpiry(today: string): Date {
  return startOfAmsterdamDay(addDays(today, SECURITY_TXT_DAYS));
}

/**
 * The days on which the scheduled build renews security.txt built on `today`: the last week in
 * which its expiry is still more than SECURITY_TXT_RENEW_DAYS away, so a night on which the build
 * could not be started is made up for the next. The first build renews it, and lists its own.
 */
export function securityTxtRenewalDays(today: string): string[] {
  const last = SECURITY_TXT_DAYS - SECURITY_TXT_RENEW_DAYS - 1;
  return Array.from({ length: 7 }, (_, i) => addDays(today, last - 6 + i));
}

/**
 * /.well-known/security.txt (RFC 9116): whom to tell about a security problem, until when
 * that holds (counted from the day it is built), in which languages, and where this file and the
 * disclosure policy live.
 */
export function securityTxt(security: SecurityContact, siteUrl: URL | string, today: string): string {
  const lines = [
    `Contact: ${security.contact}`,
    `Expires: ${isoInAmsterdam(securityTxtExpiry(today))}`,
    `Preferred-Languages: ${security.languages.join(', ')}`,
    `Canonical: ${new URL('/.well-known/security.txt', siteUrl).href}`,
  ];
  if (security.policy) lines.push(`Policy: ${new URL(security.policy, siteUrl).href}`);
  return `${lines.join('\n')}\n`;
}
