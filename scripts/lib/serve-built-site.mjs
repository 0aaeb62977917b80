/**
 * Serves a built site on 127.0.0.1 with the headers from netlify.toml, for scripts that are
 * not tests (Lighthouse). A plain-JavaScript cousin of tests/helpers/server.ts, which the
 * browser tests use; it does the same for GET requests: headers per path, directory index,
 * trailing-slash redirect, 404.html.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { HeadersHandler } from '@netlify/headers';

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif',
  '.pdf': 'application/pdf', '.wasm': 'application/wasm', '.woff2': 'font/woff2',
};

export function builtSiteDir() {
  const dir = resolve(ROOT, process.env.WESTWINT_SITE_DIR ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run \`npm run build\` first.`);
  return dir;
}

export async function serveBuiltSite(siteDir = builtSiteDir()) {
  // Netlify's own code computes each path's headers from netlify.toml.
  const netlify = new HeadersHandler({ configPath: join(ROOT, 'netlify.toml'), projectDir: ROOT, logger: console });
  const headersFor = (path) => netlify.apply(new Request(new URL(path, 'http://localhost')));
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = normalize(join(siteDir, decodeURIComponent(path)));
    if (!file.startsWith(siteDir)) file = join(siteDir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(siteDir, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream', ...(await headersFor(path)) });
    res.end(readFileSync(served));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}
