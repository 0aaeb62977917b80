#!/usr/bin/env node
/**
 * `npm start` (after the build): serves dist/ on http://127.0.0.1:4321/ with Netlify's own local
 * emulation, so a laptop answers as production does: the same headers, old addresses with their
 * 301, the 404 page, the forms and the functions. Stop it with Ctrl+C.
 */
import { builtSiteDir, serveWithNetlify } from './lib/local-netlify.ts';

const port = Number(process.env.PORT ?? 4321);
const server = await serveWithNetlify(builtSiteDir(), { port });
console.log(`De site draait op ${server.url}/ (stoppen: Ctrl+C)`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
