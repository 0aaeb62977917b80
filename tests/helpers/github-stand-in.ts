/**
 * A local stand-in for the calls of GitHub's REST API that ideas make (docs.github.com/rest:
 * GET /repos/{owner}/{repo}, GET and PUT /repos/{owner}/{repo}/contents/{path}), for the ideas'
 * tests. It checks each request as GitHub documents it (the bearer token, the Accept header, a
 * User-Agent, the branch, the fields of a new file) and answers as GitHub does: a new file 201, a
 * name taken without a sha 422, every answer with the token's expiry in
 * github-authentication-token-expiration. It can fail on demand: down (no answer at all), an
 * error status, a rate limit, a commit at the same moment (409), and a lost answer (the file
 * written, the connection dropped).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type GitHubOperation = 'repository' | 'list' | 'read' | 'create';

export interface Commit {
  path: string;
  message: string;
  author: { name: string; email: string };
  branch: string;
}

export interface GitHubStandIn {
  /** GITHUB_API_URL */
  url: string;
  token: string;
  repository: string;
  branch: string;
  /** The repository's files on the branch, by path. */
  files: Map<string, string>;
  /** Every file made through the API, in order. */
  commits: Commit[];
  /** Every request, in order. */
  requests: Array<{ method: string; operation: GitHubOperation | 'unknown'; path: string }>;
  /** What GitHub says of the repository. */
  private: boolean;
  /** The header's value ("2027-01-31 12:00:00 UTC"), or null for a token that does not expire. */
  expiration: string | null;
  /** Down: every request's connection is dropped without an answer. */
  down: boolean;
  /** The next request of this kind is answered with this status (and headers). */
  failNext(operation: GitHubOperation, status: number, headers?: Record<string, string>): void;
  /** Every request is answered 403 with x-ratelimit-remaining: 0, until set back. */
  rateLimited: boolean;
  /** The next new file is written, and its answer lost: the connection drops. */
  loseNextAnswer(): void;
  /** The next `count` new files wait until all have arrived; then the first is made and the others get 409, as commits on one branch at once do. */
  createTogether(count: number): void;
  /** Just before the next new file is made: another commit (an editor's) adds this file. */
  beforeNextCreate(path: string, text: string): void;
  reset(): void;
  close(): Promise<void>;
}

/** An invented token that looks nothing like a real one. */
export const STAND_IN_GITHUB_TOKEN = 'testsleutel-github';
export const STAND_IN_EXPIRATION = '2027-06-30 12:00:00 UTC';

/** The repository's content before a test: a project, a neighbourhood, an idea of this year. */
export const REPOSITORY_FILES: ReadonlyArray<[string, string]> = [
  ['content/projecten/park-west.md', '---\ntitle: Park West\n---\n'],
  ['content/buurten/heilust.md', '---\ntitle: Heilust\n---\n'],
  [
    'content/ideeen/2026-031.md',
    "---\nreceived: '2026-11-30'\nstatus: 'ontvangen'\npublic: false\nwantsReply: false\nsubmission: 'eerder000000000000000001'\n---\n",
  ],
];

const OWN_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export async function startGitHubStandIn(
  repository = 'westwint/website',
  branch = 'main',
): Promise<GitHubStandIn> {
  const failures = new Map<GitHubOperation, { status: number; headers: Record<string, string> }>();
  let loseAnswer = false;
  let together: { count: number; waiting: Array<() => void> } | null = null;
  let before: [string, string] | null = null;

  const state = {
    files: new Map<string, string>(),
    commits: [] as Commit[],
    requests: [] as GitHubStandIn['requests'],
    private: true,
    expiration: STAND_IN_EXPIRATION as string | null,
    down: false,
    rateLimited: false,
  };
  const reset = () => {
    failures.clear();
    loseAnswer = false;
    together = null;
    before = null;
    Object.assign(state, {
      files: new Map(REPOSITORY_FILES),
      commits: [],
      requests: [],
      private: true,
      expiration: STAND_IN_EXPIRATION,
      down: false,
      rateLimited: false,
    });
  };
  reset();

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      ...OWN_HEADERS,
      // Said of the token in every answer to a request it authenticated.
      ...(state.expiration && status !== 401
        ? { 'github-authentication-token-expiration': state.expiration }
        : {}),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...headers,
    });
    res.end(JSON.stringify(body));
  };
  const error = (
    res: ServerResponse,
    status: number,
    message: string,
    headers: Record<string, string> = {},
  ) =>
    send(
      res,
      status,
      { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
      headers,
    );

  const fileAnswer = (path: string, text: string) => ({
    type: 'file',
    encoding: 'base64',
    name: path.split('/').pop(),
    path,
    size: Buffer.byteLength(text),
    sha: `sha-${path}`,
    // GitHub breaks the base64 into lines of 60.
    content:
      (
        Buffer.from(text)
          .toString('base64')
          .match(/.{1,60}/g) ?? []
      ).join('\n') + '\n',
  });

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const prefix = `/repos/${repository}`;
    const method = req.method ?? 'GET';
    const contentsPath = url.pathname.startsWith(`${prefix}/contents/`)
      ? decodeURIComponent(url.pathname.slice(`${prefix}/contents/`.length))
      : null;
    const operation: GitHubOperation | 'unknown' =
      url.pathname === prefix && method === 'GET'
        ? 'repository'
        : contentsPath !== null && method === 'PUT'
          ? 'create'
          : contentsPath !== null && method === 'GET'
            ? [...state.files.keys()].some((p) => p.startsWith(`${contentsPath}/`))
              ? 'list'
              : 'read'
            : 'unknown';
    const body = method === 'PUT' ? await readBody(req) : '';
    state.requests.push({ method, operation, path: url.pathname + url.search });

    if (state.down) return void req.socket.destroy();
    if (req.headers.authorization !== `Bearer ${STAND_IN_GITHUB_TOKEN}`)
      return error(res, 401, 'Bad credentials');
    if (!String(req.headers['user-agent'] ?? '').trim())
      return error(
        res,
        403,
        'Request forbidden by administrative rules. Please make sure your request has a User-Agent header',
      );
    if (!String(req.headers.accept).includes('application/vnd.github+json'))
      return error(res, 415, 'Unsupported Media Type');
    if (state.rateLimited)
      return error(res, 403, 'API rate limit exceeded', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1800000000',
      });
    const failure = operation !== 'unknown' ? failures.get(operation) : undefined;
    if (failure) {
      failures.delete(operation as GitHubOperation);
      return error(res, failure.status, 'Failure on demand', failure.headers);
    }
    if (!url.pathname.startsWith(prefix) || operation === 'unknown') return error(res, 404, 'Not Found');
    if (operation === 'repository')
      return send(res, 200, { full_name: repository, private: state.private, default_branch: branch });

    const path = contentsPath!;
    if (method === 'GET') {
      if (url.searchParams.get('ref') !== branch)
        return error(res, 404, `No commit found for the ref ${url.searchParams.get('ref')}`);
      if (operation === 'list') {
        const names = new Map<string, 'file' | 'dir'>();
        for (const file of state.files.keys()) {
          if (!file.startsWith(`${path}/`)) continue;
          const [name, ...deeper] = file.slice(path.length + 1).split('/');
          names.set(name!, deeper.length > 0 ? 'dir' : 'file');
        }
        return send(
          res,
          200,
          [...names]
            .sort()
            .map(([name, type]) => ({ name, path: `${path}/${name}`, type, sha: `sha-${name}` })),
        );
      }
      const text = state.files.get(path);
      return text === undefined ? error(res, 404, 'Not Found') : send(res, 200, fileAnswer(path, text));
    }

    // PUT: a new file (no sha), on the branch, with a message and base64 content.
    let fields: { message?: unknown; content?: unknown; branch?: unknown; sha?: unknown; author?: unknown };
    try {
      fields = JSON.parse(body);
    } catch {
      return error(res, 400, 'Problems parsing JSON');
    }
    if (typeof fields.message !== 'string' || !fields.message || typeof fields.content !== 'string')
      return error(res, 422, 'Invalid request.\n\n"message" and "content" are required.');
    if (fields.branch !== branch) return error(res, 404, `Branch ${String(fields.branch)} not found`);
    const author = fields.author as Commit['author'] | undefined;
    if (author && (typeof author.name !== 'string' || typeof author.email !== 'string'))
      return error(res, 422, 'Invalid request.\n\nauthor needs name and email.');
    if (together) {
      const group = together;
      const first = group.waiting.length === 0;
      await new Promise<void>((go) => {
        group.waiting.push(go);
        if (group.waiting.length === group.count) {
          together = null;
          for (const waiting of group.waiting) waiting();
        }
      });
      if (!first)
        return error(
          res,
          409,
          `refs/heads/${branch} is at another commit but expected the one this write began from`,
        );
    }
    if (before) {
      state.files.set(before[0], before[1]);
      before = null;
    }
    if (state.files.has(path)) return error(res, 422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    const text = Buffer.from(fields.content, 'base64').toString('utf8');
    state.files.set(path, text);
    state.commits.push({
      path,
      message: fields.message,
      author: author ?? { name: 'token owner', email: '' },
      branch,
    });
    if (loseAnswer) {
      loseAnswer = false;
      return void req.socket.destroy();
    }
    send(res, 201, {
      content: fileAnswer(path, text),
      commit: { sha: `c${state.commits.length}`, message: fields.message },
    });
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((problem: unknown) => {
      res.writeHead(500).end(String(problem));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token: STAND_IN_GITHUB_TOKEN,
    repository,
    branch,
    get files() {
      return state.files;
    },
    get commits() {
      return state.commits;
    },
    get requests() {
      return state.requests;
    },
    get private() {
      return state.private;
    },
    set private(value) {
      state.private = value;
    },
    get expiration() {
      return state.expiration;
    },
    set expiration(value) {
      state.expiration = value;
    },
    get down() {
      return state.down;
    },
    set down(value) {
      state.down = value;
    },
    get rateLimited() {
      return state.rateLimited;
    },
    set rateLimited(value) {
      state.rateLimited = value;
    },
    failNext: (operation, status, headers = {}) => void failures.set(operation, { status, headers }),
    loseNextAnswer: () => {
      loseAnswer = true;
    },
    createTogether: (count) => {
      together = { count, waiting: [] };
    },
    beforeNextCreate: (path, text) => {
      before = [path, text];
    },
    reset,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
