/**
 * Netlify on a laptop: a built site served by Netlify's own local emulation (@netlify/dev: static
 * files, dist/_redirects, dist/_headers, functions in netlify/functions/, Blobs), for `npm start`,
 * the browser tests, the benchmarks and Lighthouse.
 *
 * @netlify/dev answers requests but brings no HTTP server, and lacks four things Netlify does
 * for this site; this module is the smallest bridge for them:
 * - the custom 404 page: a path nothing answers gets 404.html with status 404;
 * - Netlify Forms: a POST with a form-name is stored (here: remembered, for the tests) with an id
 *   of Netlify's form, the form's page is answered, and the site's `submission-created` function
 *   runs as on Netlify, told the deploy context when one is given;
 * - compression: text is sent gzipped to clients that accept it (the search benchmark counts bytes);
 * - atomic Blobs: a conditional write (onlyIfNew, onlyIfMatch) wins for one writer only, as on
 *   Netlify (atomic-blobs.ts puts a proxy in front of @netlify/blobs' local server).
 * It also reads a site from any folder: @netlify/dev only serves the publish folder named in
 * netlify.toml and reads _redirects from the project root, so each server gets a small project
 * folder of its own that links to the site, the functions and node_modules.
 */
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import { makeLocalBlobsAtomic } from './atomic-blobs.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The production build to serve: dist/, or WESTWINT_SITE_DIR. */
export function builtSiteDir(): string {
  const dir = resolve(ROOT, process.env.WESTWINT_SITE_DIR ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `No built site in ${dir}. Run \`npm run build\` first (\`npm test\` and \`npm start\` do this for you).`,
    );
  }
  return dir;
}

export interface FormSubmission {
  path: string;
  fields: Record<string, string>;
}

export interface SentFile {
  path: string;
  /** Body plus header bytes, as sent. */
  bytes: number;
}

export interface ServeOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Gzip text responses for clients that accept it, as Netlify does. */
  gzip?: boolean;
  /** Environment variables for the functions (Netlify's environment variables). */
  env?: Record<string, string>;
  /** Run the site's functions (the default); tests of pages leave them out, as building them takes a while. */
  functions?: boolean;
  /** Where the server's own project folder is made: the system's temporary folder unless given. */
  scratchDir?: string;
  /**
   * The deploy context Netlify tells the functions a form post runs in (context.deploy.context,
   * its header x-nf-deploy-context); none unless given, so a laptop never acts as production.
   */
  deployContext?: string;
  /** Told of each stored submission before `submission-created` runs, as Netlify's API would list it (tests). */
  onSubmission?: (submission: StoredSubmission) => void;
}

/** A submission as Netlify stores it and sends it to `submission-created`. */
export interface StoredSubmission {
  /** Netlify's id: 24 hexadecimal digits. */
  id: string;
  form_name: string;
  created_at: string;
  data: Record<string, string>;
}

export interface LocalNetlify {
  url: string;
  /** Files sent since the last call, in order. */
  takeSent(): SentFile[];
  /** Form posts received, in order. */
  submissions: FormSubmission[];
  /** Answer the next form posts with this status instead of accepting them (tests). */
  failFormsWith(status: number | null): void;
  /** Runs a request through Netlify's chain (a function's address, say), as the server would. */
  handle(request: Request): Promise<Response>;
  close(): Promise<void>;
}

/** Where Netlify finds the functions (its default folder). */
const FUNCTIONS = 'netlify/functions';

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|javascript)|image\/svg)/;

/** The site's netlify.toml with the publish folder pointed at `site/` in the server's own project folder. */
function projectFolder(siteDir: string, scratchDir = tmpdir()): string {
  const folder = mkdtempSync(join(scratchDir, 'westwint-netlify-'));
  const config = parseToml(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')) as {
    build?: Record<string, unknown>;
  };
  config.build = { ...config.build, publish: 'site' };
  writeFileSync(join(folder, 'netlify.toml'), stringifyToml(config));
  symlinkSync(siteDir, join(folder, 'site'), 'dir');
  symlinkSync(join(siteDir, '_redirects'), join(folder, '_redirects'));
  // The functions one by one: Netlify's bundler stumbles over a linked folder.
  mkdirSync(join(folder, FUNCTIONS), { recursive: true });
  for (const name of readdirSync(join(ROOT, FUNCTIONS)))
    symlinkSync(join(ROOT, FUNCTIONS, name), join(folder, FUNCTIONS, name));
  symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'), 'dir');
  return folder;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function serveWithNetlify(
  siteDir = builtSiteDir(),
  options: ServeOptions = {},
): Promise<LocalNetlify> {
  const folder = projectFolder(resolve(siteDir), options.scratchDir);
  // Netlify's emulation takes seconds to load; only a caller that serves pays for it.
  const { NetlifyDev } = await import('@netlify/dev');
  const savedEnv = { ...process.env };
  Object.assign(process.env, options.env);
  const netlify = new NetlifyDev({
    projectRoot: folder,
    skipGitignore: true,
    // What this site does not use, and what would reach the internet or download a runtime.
    aiGateway: { enabled: false },
    database: { enabled: false },
    edgeFunctions: { enabled: false },
    // It would write the linked site's variables into this process's environment; the
    // functions get theirs from `env` instead.
    environmentVariables: { enabled: false },
    geolocation: { enabled: false },
    images: { enabled: false },
    functions: { enabled: options.functions !== false },
    logger: { log: () => {}, info: () => {}, warn: console.warn, error: console.error } as unknown as Console,
  });
  await netlify.start();
  const blobs = await makeLocalBlobsAtomic();

  const sent: SentFile[] = [];
  const submissions: FormSubmission[] = [];
  let formFailure: number | null = null;
  let origin = '';

  const handle = async (request: Request): Promise<Response> => (await netlify.handle(request)) ?? notFound();
  const notFound = async () => {
    const page = await netlify.handle(new Request(`${origin}/404.html`));
    return new Response(page?.body ?? 'Not found', { status: 404, headers: page?.headers });
  };

  /** Netlify Forms: stored, the function told, the form's page answered. */
  async function formPost(req: IncomingMessage, path: string, body: Buffer): Promise<Response> {
    if (formFailure !== null) return new Response('Form handler unavailable', { status: formFailure });
    const fields = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
    submissions.push({ path, fields });
    const { 'form-name': formName = '', ...data } = fields;
    const payload: StoredSubmission = {
      id: randomBytes(12).toString('hex'),
      form_name: formName,
      created_at: new Date().toISOString(),
      data: {
        ...data,
        ip: req.socket.remoteAddress ?? '',
        user_agent: req.headers['user-agent'] ?? '',
        referrer: req.headers.referer ?? '',
      },
    };
    options.onSubmission?.(payload);
    const functionAnswer = await netlify.handle(
      new Request(`${origin}/.netlify/functions/submission-created`, {
        method: 'POST',
        headers: options.deployContext ? { 'x-nf-deploy-context': options.deployContext } : {},
        body: JSON.stringify({ payload }),
      }),
    );
    // A site without the function gets Netlify's own "not found"; the submission stays stored.
    await functionAnswer?.arrayBuffer();
    return handle(new Request(`${origin}${path}`));
  }

  async function respond(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', origin);
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
    const isForm =
      req.method === 'POST' &&
      /x-www-form-urlencoded/.test(String(req.headers['content-type'])) &&
      !url.pathname.startsWith('/.netlify/');
    const request = new Request(url, {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([name, value]) =>
        value === undefined ? [] : [[name, String(value)] as [string, string]],
      ),
      body: body ? new Uint8Array(body) : undefined,
      redirect: 'manual',
    });
    const response = isForm && body ? await formPost(req, url.pathname, body) : await handle(request);

    // Netlify's own headers between a function and its edge (x-nf-fetch-timing lists every request a
    // function made, and outgrows a client's limit) never reach a client.
    const headers = Object.fromEntries([...response.headers].filter(([name]) => !name.startsWith('x-nf-')));
    let payload = Buffer.from(await response.arrayBuffer());
    if (
      options.gzip &&
      COMPRESSIBLE.test(headers['content-type'] ?? '') &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']))
    ) {
      payload = gzipSync(payload);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(payload.length);
    res.writeHead(response.status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
    // A status line and "name: value\r\n" per header, roughly as HTTP/1.1 sends them.
    const headerBytes = Object.entries(headers).reduce(
      (total, [name, value]) => total + name.length + value.length + 4,
      17,
    );
    sent.push({ path: url.pathname, bytes: payload.length + headerBytes });
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      console.error(error);
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Netlify tells functions the site's address; here it is this server.
  process.env.URL = origin;

  return {
    url: origin,
    takeSent: () => sent.splice(0),
    submissions,
    failFormsWith: (status) => {
      formFailure = status;
    },
    handle: (request) => handle(request),
    close: async () => {
      await new Promise((done) => server.close(done));
      await netlify.stop();
      await blobs.close();
      for (const key of [...Object.keys(options.env ?? {}), 'URL']) {
        const before = savedEnv[key];
        if (before === undefined) delete process.env[key];
        else process.env[key] = before;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
