/**
 * The few calls of GitHub's REST API (docs.github.com/rest/repos/contents) that turn an idea into
 * a file, with plain fetch: the repository (is it private?), a folder's files, one file, and a
 * new file. Every answer may say when the token expires (the header
 * github-authentication-token-expiration), which is kept for the editor's panel. Failures become a
 * PassOnError (errors.ts); what GitHub says in English is not passed on.
 */
import { failureOfStatus, noAnswer, PassOnError } from './errors.ts';

export interface GitHubSettings {
  /** https://api.github.com, or a stand-in's address (GITHUB_API_URL). */
  apiUrl: string;
  token: string;
  /** owner/name */
  repository: string;
  branch: string;
  timeoutMs: number;
}

/** Who the commit says wrote the file: the form, never the resident or whoever made the token. */
export const IDEA_AUTHOR = { name: 'Ideeënformulier West wint', email: 'ideeen@westwint.nl' };

export type CreateResult =
  { result: 'created' } | { result: 'exists'; text: string } | { result: 'conflict' };

export interface GitHub {
  /** Whether the repository is private: only then may a file hold a resident's words. */
  isPrivate(): Promise<boolean>;
  /** The names of the files in a folder on the branch; empty when there is no such folder. */
  fileNames(folder: string): Promise<string[]>;
  /** A file's text on the branch, or null when there is none. */
  readFile(path: string): Promise<string | null>;
  /** A new file on the branch: `exists` (with the file that is there) when the name is taken, `conflict` when another commit came first. */
  createFile(path: string, text: string, message: string): Promise<CreateResult>;
  /** When the token expires (ISO), as the last answer said; null when it said nothing (no expiry); undefined before any answer. */
  tokenExpiresAt(): string | null | undefined;
}

/** "2027-01-31 12:00:00 UTC" (or with an offset, "-0700") as an ISO instant; null when it is not such a date. */
export function readExpiration(header: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(
    header.trim(),
  );
  if (!match) return null;
  const zone =
    !match[3] || match[3] === 'UTC' || match[3] === 'Z'
      ? 'Z'
      : match[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const at = new Date(`${match[1]}T${match[2]}${zone}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

const ofSettings = (s: GitHubSettings) => ({
  401: 'GITHUB_TOKEN klopt niet of is verlopen; zet een nieuwe in Netlify',
  403: `GITHUB_TOKEN mag dit niet in ${s.repository}; de sleutel moet "Contents: Read and write" hebben op deze repository`,
  404: `repository ${s.repository} of branch ${s.branch} niet gevonden, of GITHUB_TOKEN heeft er geen toegang toe`,
});

export function gitHub(s: GitHubSettings, fetchFn: typeof fetch = fetch): GitHub {
  let expiresAt: string | null | undefined;
  const base = `${s.apiUrl.replace(/\/+$/, '')}/repos/${s.repository}`;
  const settingsHelp = ofSettings(s);

  async function call(path: string, what: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetchFn(`${base}${path}`, {
        ...init,
        headers: {
          Accept: 'application/vnd.github+json',
          Authorization: `Bearer ${s.token}`,
          'X-GitHub-Api-Version': '2022-11-28',
          'User-Agent': 'westwint-ideeen',
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        },
        signal: AbortSignal.timeout(s.timeoutMs),
      });
    } catch (error) {
      throw noAnswer('GitHub', what, error);
    }
    // An error on GitHub's side may come from a proxy that says nothing of the token.
    if (response.status < 500) {
      const expiration = response.headers.get('github-authentication-token-expiration');
      expiresAt = expiration ? (readExpiration(expiration) ?? expiresAt) : null;
    }
    return response;
  }

  /** A good answer as JSON; any other answer as a failure. */
  async function expect(response: Response, what: string): Promise<unknown> {
    if (response.ok) {
      try {
        return await response.json();
      } catch (error) {
        throw noAnswer('GitHub', what, error);
      }
    }
    await response.body?.cancel();
    const rateLimited =
      (response.status === 403 || response.status === 429) &&
      (response.headers.get('x-ratelimit-remaining') === '0' || response.headers.has('retry-after'));
    throw failureOfStatus('GitHub', response.status, what, {
      rateLimited,
      settings: settingsHelp[response.status as keyof typeof settingsHelp] ?? '',
    });
  }

  const contents = (path: string) => `/contents/${path.split('/').map(encodeURIComponent).join('/')}`;
  const onBranch = `?ref=${encodeURIComponent(s.branch)}`;

  async function readFile(path: string): Promise<string | null> {
    const what = `het lezen van ${path}`;
    const response = await call(`${contents(path)}${onBranch}`, what);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    const file = (await expect(response, what)) as { type?: string; content?: string; encoding?: string };
    if (file?.type !== 'file' || file.encoding !== 'base64' || typeof file.content !== 'string')
      throw new PassOnError('unreachable', `GitHub gaf geen leesbaar bestand bij ${what}`);
    return Buffer.from(file.content, 'base64').toString('utf8');
  }

  return {
    async isPrivate() {
      const what = `het lezen van de repository ${s.repository}`;
      const repository = (await expect(await call('', what), what)) as { private?: unknown };
      if (typeof repository?.private !== 'boolean')
        throw new PassOnError('unreachable', `GitHub zei niet of de repository privé is (${what})`);
      return repository.private;
    },

    async fileNames(folder) {
      const what = `het lezen van de map ${folder}`;
      const response = await call(`${contents(folder)}${onBranch}`, what);
      if (response.status === 404) {
        await response.body?.cancel();
        return [];
      }
      const entries = await expect(response, what);
      if (!Array.isArray(entries)) throw new PassOnError('unreachable', `GitHub gaf geen lijst bij ${what}`);
      return entries
        .filter((entry) => entry?.type === 'file' && typeof entry.name === 'string')
        .map((entry) => entry.name as string);
    },

    readFile,

    async createFile(path, text, message) {
      const what = `het schrijven van ${path}`;
      const response = await call(contents(path), what, {
        method: 'PUT',
        // No sha: GitHub then only creates, and refuses (422) a name that is taken.
        body: JSON.stringify({
          message,
          content: Buffer.from(text, 'utf8').toString('base64'),
          branch: s.branch,
          author: IDEA_AUTHOR,
        }),
      });
      if (response.status === 409) {
        await response.body?.cancel();
        return { result: 'conflict' };
      }
      if (response.status === 422) {
        await response.body?.cancel();
        const there = await readFile(path);
        if (there !== null) return { result: 'exists', text: there };
        throw new PassOnError('settings', `GitHub weigerde ${what} (HTTP 422), en het bestand bestaat niet`);
      }
      await expect(response, what);
      return { result: 'created' };
    },

    tokenExpiresAt: () => expiresAt,
  };
}
