/**
 * One local Netlify (scripts/lib/local-netlify.ts) serving dist/ for every test file of a
 * project, started before the files run: the files ask for its address with inject('distUrl').
 * Files that need a server of their own (another folder, or its form posts) start one.
 */
import type { TestProject } from 'vitest/node';
import { builtSiteDir, serveWithNetlify } from '../scripts/lib/local-netlify.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where dist/ is served, e.g. http://127.0.0.1:40123. */
    distUrl: string;
  }
}

export default async function setup({ provide, name }: TestProject): Promise<() => Promise<void>> {
  // In the browser the editor asks its functions (the publication status), as on Netlify.
  const server = await serveWithNetlify(builtSiteDir(), { functions: name === 'browser' });
  provide('distUrl', server.url);
  return () => server.close();
}
