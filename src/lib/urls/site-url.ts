import { DEFAULT_SITE_URL } from '../../consts';

/**
 * The site's absolute URL: SITE_URL when set, else a Netlify preview's own URL,
 * else the production address. Feeds, canonical links and the sitemap use it.
 */
export function resolveSiteUrl(env: Record<string, string | undefined>): string {
  if (env.SITE_URL) return withoutTrailingSlash(env.SITE_URL);
  if (env.CONTEXT && env.CONTEXT !== 'production' && env.DEPLOY_PRIME_URL) {
    return withoutTrailingSlash(env.DEPLOY_PRIME_URL);
  }
  return DEFAULT_SITE_URL;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
