/**
 * A local stand-in for Netlify: serves a built site with the headers from
 * netlify.toml and the redirects from _redirects, answers unknown paths with
 * 404.html, and records form posts the way Netlify Forms receives them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HeadersHandler } from '@netlify/headers';
import { ROOT } from './build.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

interface Redirect {
  from: string;
  to: string;
  status: number;
}

/**
 * The headers Netlify sends for a path, computed by Netlify's own code (@netlify/headers, which
 * parses netlify.toml with @netlify/headers-parser and merges every matching rule, the later
 * rule winning per header). A syntax error in netlify.toml throws.
 */
const netlify = new HeadersHandler({
  configPath: join(ROOT, 'netlify.toml'),
  projectDir: ROOT,
  logger: {
    error: (message: string) => {
      throw new Error(`netlify.toml: ${message}`);
    },
  } as unknown as ConstructorParameters<typeof HeadersHandler>[0]['logger'],
});

const headersByPath = new Map<string, Promise<Record<string, string>>>();

/** Netlify's handler parses netlify.toml on every call; a test run serves the same paths many times. */
export function headersFor(path: string): Promise<Record<string, string>> {
  let headers = headersByPath.get(path);
  if (!headers) {
    headers = netlify.apply(new Request(new URL(path, 'http://localhost')));
    headersByPath.set(path, headers);
  }
  return headers;
}

export function readRedirects(siteDir: string): Redirect[] {
  const file = join(siteDir, '_redirects');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '301'] = line.split(/\s+/);
      return { from, to, status: Number.parseInt(status, 10) };
    });
}

export interface FormSubmission {
  path: string;
  fields: Record<string, string>;
}

/** Netlify compresses text responses; Pagefind's own .pagefind files are gzip already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

export interface ServeOptions {
  /** Gzip text responses for clients that accept it, as Netlify does (the search benchmark counts bytes). */
  gzip?: boolean;
}

export interface SentFile {
  path: string;
  /** Body plus header bytes, as sent. */
  bytes: number;
}

export interface SiteServer {
  url: string;
  /** Files sent since the last call, in order. */
  takeSent(): SentFile[];
  /** Form posts received, in order. */
  submissions: FormSubmission[];
  /** Answer the next form posts with this status instead of accepting them. */
  failFormsWith(status: number | null): void;
  close(): Promise<void>;
}

const sameRoute = (a: string, b: string) =>
  a.toLowerCase().replace(/\/+$/, '') === b.toLowerCase().replace(/\/+$/, '');

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function serveSite(siteDir: string, options: ServeOptions = {}): Promise<SiteServer> {
  const sent: SentFile[] = [];
  const redirects = readRedirects(siteDir);
  const submissions: FormSubmission[] = [];
  let formFailure: number | null = null;

  async function sendFile(req: IncomingMessage, res: ServerResponse, path: string, file: string, status = 200) {
    const ext = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', ...(await headersFor(path)) };
    if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(body);
    // A status line and "name: value\r\n" per header, roughly as HTTP/1.1 sends them.
    const headerBytes = Object.entries(headers).reduce((total, [name, value]) => total + name.length + value.length + 4, 17);
    sent.push({ path, bytes: body.length + headerBytes });
  }

  function resolveFile(path: string): string | null {
    const file = normalize(join(siteDir, decodeURIComponent(path)));
    if (!file.startsWith(siteDir)) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = join(file, 'index.html');
    if (path.endsWith('/') && existsSync(index)) return index;
    return null;
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;

    if (req.method === 'POST') {
      const body = await readBody(req);
      if (formFailure !== null) {
        res.writeHead(formFailure, { 'content-type': 'text/plain' });
        res.end('Form handler unavailable');
        return;
      }
      submissions.push({ path, fields: Object.fromEntries(new URLSearchParams(body)) });
      const page = resolveFile(path.endsWith('/') ? path : `${path}/`);
      if (page) await sendFile(req, res, path, page);
      else {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      }
      return;
    }

    const redirect = redirects.find((r) => sameRoute(r.from, path));
    if (redirect) {
      res.writeHead(redirect.status, { location: redirect.to, ...(await headersFor(path)) });
      res.end();
      return;
    }

    const file = resolveFile(path);
    if (file) return sendFile(req, res, path, file);
    if (!path.endsWith('/') && existsSync(join(siteDir, path, 'index.html'))) {
      res.writeHead(301, { location: `${path}/${url.search}` });
      res.end();
      return;
    }
    await sendFile(req, res, path, join(siteDir, '404.html'), 404);
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    takeSent: () => sent.splice(0),
    submissions,
    failFormsWith: (status) => {
      formFailure = status;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
