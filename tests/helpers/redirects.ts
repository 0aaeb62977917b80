/** A built site's _redirects, read by Netlify's own parser; a line Netlify would reject throws. */
import { join } from 'node:path';
import { parseAllRedirects } from '@netlify/redirect-parser';

export interface Redirect {
  from: string;
  to: string;
  status: number;
}

export async function readRedirects(siteDir: string): Promise<Redirect[]> {
  const { redirects, errors } = await parseAllRedirects({
    redirectsFiles: [join(siteDir, '_redirects')],
    configRedirects: [],
    minimal: true,
  });
  if (errors.length > 0)
    throw new Error(`_redirects: ${errors.map((error: Error) => error.message).join('; ')}`);
  return (redirects as Redirect[]).map(({ from, to, status }) => ({ from, to, status }));
}
