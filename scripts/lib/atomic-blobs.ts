/**
 * Netlify Blobs' conditional writes made atomic in the local emulation, as they are on Netlify.
 *
 * @netlify/blobs' local server (BlobsServer, which @netlify/dev starts) checks a write's condition
 * and writes in separate steps, so two writes with `onlyIfNew` at once can both succeed. It sends
 * no ETag with what it reads, and derives the one a write answers from the file's modification
 * time, which the file system keeps to a few milliseconds; so `onlyIfMatch` with the ETag a read
 * returned is no condition at all there. And a list made while another key is written can miss
 * keys that were there all along (it stumbles over the write's temporary file). On Netlify a
 * conditional write holds whatever else writes at the same moment, and the functions rely on that
 * (a claim decides which run mails an edition).
 *
 * This is a small proxy in front of that server. It takes the requests on one store one at a
 * time, answers each read of a key with an ETag of its content (on Netlify `onlyIfMatch`
 * succeeds "only if there is an entry for the key with the given content"), and checks
 * `If-None-Match: *` and `If-Match` itself before it passes a write on. The emulation's stores
 * are small and its callers few, so one at a time costs nothing worth measuring.
 * tests/functions/atomic-blobs.test.ts shows the server alone lets several writers win and the
 * proxy exactly one.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AtomicBlobs {
  /** Where to send Blobs requests instead of the server. */
  url: string;
  close(): Promise<void>;
}

const contentTag = (body: Uint8Array) => `"${createHash('sha256').update(body).digest('hex')}"`;

/** Headers that belong to one hop, or that the proxy decides itself. */
const OWN_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'content-encoding',
  'keep-alive',
  'if-match',
  'if-none-match',
  'etag',
]);

function passedOn(headers: Iterable<[string, string | string[] | undefined]>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers)
    if (value !== undefined && !OWN_HEADERS.has(name.toLowerCase())) kept[name] = String(value);
  return kept;
}

/** The request's site and store, and its key within the store ('' for a list). */
function partsOf(pathname: string): { store: string | null; key: string } {
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0]?.startsWith('region:')) parts.shift();
  return { store: parts.length >= 2 ? parts.slice(0, 2).join('/') : null, key: parts.slice(2).join('/') };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the proxy in front of the Blobs server at `target`. */
export async function startAtomicBlobs(target: string): Promise<AtomicBlobs> {
  const queues = new Map<string, Promise<unknown>>();

  /** Runs `work` once every earlier request on the same store has finished. */
  function oneAtATime<T>(store: string, work: () => Promise<T>): Promise<T> {
    const done = (queues.get(store) ?? Promise.resolve()).then(work);
    const settled = done.catch(() => undefined);
    queues.set(store, settled);
    void settled.then(() => {
      if (queues.get(store) === settled) queues.delete(store);
    });
    return done;
  }

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    const method = (req.method ?? 'GET').toUpperCase();
    const headers = passedOn(Object.entries(req.headers));
    const body = method === 'PUT' ? new Uint8Array(await readBody(req)) : undefined;
    const upstream = (verb: string, payload?: Uint8Array<ArrayBuffer>) =>
      fetch(new URL(path, target), { method: verb, headers, body: payload });
    const reply = async (response: Response, etag?: string) => {
      const content = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, {
        ...passedOn(response.headers.entries()),
        ...(etag ? { etag } : {}),
        'content-length': String(content.length),
      });
      res.end(content);
    };
    /** The ETag of what is stored under the key now, or null when nothing is. */
    const currentTag = async () => {
      const current = await upstream('GET');
      return current.ok ? contentTag(new Uint8Array(await current.arrayBuffer())) : null;
    };

    const { store, key } = partsOf(new URL(path, target).pathname);
    if (!store) return reply(await upstream(method));
    await oneAtATime(store, async () => {
      if (!key) return reply(await upstream(method));
      if (method === 'GET') {
        const current = await upstream('GET');
        const content = new Uint8Array(await current.clone().arrayBuffer());
        return reply(current, current.ok ? contentTag(content) : undefined);
      }
      if (method === 'HEAD') return reply(await upstream('HEAD'), (await currentTag()) ?? undefined);
      if (method !== 'PUT') return reply(await upstream(method));
      const ifNoneMatch = req.headers['if-none-match'];
      const ifMatch = req.headers['if-match'];
      if (ifNoneMatch || ifMatch) {
        const tag = await currentTag();
        if ((ifNoneMatch === '*' && tag) || (ifMatch && ifMatch !== tag)) {
          res.writeHead(412, { 'content-length': '0' }).end();
          return;
        }
      }
      const written = await upstream('PUT', body);
      return reply(written, written.ok ? contentTag(body!) : undefined);
    });
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Puts the proxy in front of the Blobs server a running @netlify/dev started: its address goes
 * into NETLIFY_BLOBS_CONTEXT, which the functions (each call a worker with a copy of this
 * environment) and this process read. @netlify/dev puts the variable back when it stops.
 */
export async function makeLocalBlobsAtomic(): Promise<AtomicBlobs> {
  const encoded = process.env.NETLIFY_BLOBS_CONTEXT;
  if (!encoded)
    throw new Error(
      'Netlify’s local emulation set no NETLIFY_BLOBS_CONTEXT: @netlify/dev may start Blobs another way now (scripts/lib/atomic-blobs.ts).',
    );
  const context = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as {
    edgeURL: string;
    uncachedEdgeURL?: string;
  };
  const proxy = await startAtomicBlobs(context.edgeURL);
  process.env.NETLIFY_BLOBS_CONTEXT = Buffer.from(
    JSON.stringify({ ...context, edgeURL: proxy.url, uncachedEdgeURL: proxy.url }),
  ).toString('base64');
  return proxy;
}
