/**
 * The GitHub calls ideas make (src/lib/ideas/github.ts), against the stand-in that checks them as
 * GitHub documents them (tests/helpers/github-stand-in.ts): what each answer means, what each
 * failure becomes (errors.ts: unreachable, busy or a setting), and the token's expiry.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PassOnError } from '../../src/lib/ideas/errors';
import { gitHub, IDEA_AUTHOR, readExpiration, type GitHubSettings } from '../../src/lib/ideas/github';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-stand-in';

let stand: GitHubStandIn;
let settings: GitHubSettings;
beforeAll(async () => {
  stand = await startGitHubStandIn();
  settings = {
    apiUrl: stand.url,
    token: stand.token,
    repository: 'westwint/website',
    branch: 'main',
    timeoutMs: 2000,
  };
});
afterAll(() => stand.close());
beforeEach(() => stand.reset());

/** The failure a call ends in. */
async function failureOf(call: Promise<unknown>): Promise<{ kind: string; message: string }> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PassOnError);
  return { kind: (error as PassOnError).kind, message: (error as PassOnError).message };
}

describe('the calls', () => {
  it('reads whether the repository is private, a folder and a file on the branch', async () => {
    const github = gitHub(settings);
    expect(await github.isPrivate()).toBe(true);
    stand.private = false;
    expect(await github.isPrivate()).toBe(false);
    expect(await github.fileNames('content/ideeen')).toEqual(['2026-031.md']);
    expect(await github.fileNames('content')).toEqual([]);
    expect(await github.fileNames('content/bestaat-niet')).toEqual([]);
    expect(await github.readFile('content/buurten/heilust.md')).toBe('---\ntitle: Heilust\n---\n');
    expect(await github.readFile('content/ideeen/2026-999.md')).toBeNull();
    expect(
      stand.requests.every(
        (r) => r.method !== 'GET' || r.operation === 'repository' || r.path.endsWith('?ref=main'),
      ),
    ).toBe(true);
  });

  it('creates a file once, by the form, on the branch; a name taken is `exists` with what is there; another commit at once is `conflict`', async () => {
    const github = gitHub(settings);
    expect(await github.createFile('content/ideeen/2026-032.md', 'tekst é\n', 'Nieuw idee 2026-032')).toEqual(
      {
        result: 'created',
      },
    );
    expect(stand.files.get('content/ideeen/2026-032.md')).toBe('tekst é\n');
    expect(stand.commits).toEqual([
      {
        path: 'content/ideeen/2026-032.md',
        message: 'Nieuw idee 2026-032',
        author: IDEA_AUTHOR,
        branch: 'main',
      },
    ]);
    expect(await github.createFile('content/ideeen/2026-032.md', 'anders', 'x')).toEqual({
      result: 'exists',
      text: 'tekst é\n',
    });
    stand.failNext('create', 409);
    expect(await github.createFile('content/ideeen/2026-033.md', 'x', 'x')).toEqual({ result: 'conflict' });
    stand.failNext('create', 422);
    expect(await failureOf(github.createFile('content/ideeen/2026-033.md', 'x', 'x'))).toEqual({
      kind: 'settings',
      message:
        'GitHub weigerde het schrijven van content/ideeen/2026-033.md (HTTP 422), en het bestand bestaat niet',
    });
  });
});

describe('failures', () => {
  it("no answer, an error on GitHub's side: unreachable", async () => {
    const github = gitHub(settings);
    stand.down = true;
    expect(await failureOf(github.isPrivate())).toEqual({
      kind: 'unreachable',
      message:
        'GitHub gaf geen antwoord bij het lezen van de repository westwint/website (niet bereikbaar of verbinding verbroken)',
    });
    stand.down = false;
    stand.failNext('list', 502);
    expect(await failureOf(github.fileNames('content/ideeen'))).toEqual({
      kind: 'unreachable',
      message: 'storing bij GitHub (HTTP 502 bij het lezen van de map content/ideeen)',
    });
    // A server that takes the connection and never answers.
    const silent = createServer(() => {});
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    try {
      const slow = gitHub({
        ...settings,
        apiUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
        timeoutMs: 50,
      });
      expect((await failureOf(slow.isPrivate())).message).toBe(
        'GitHub gaf geen antwoord bij het lezen van de repository westwint/website (te traag)',
      );
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('a rate limit (403 with nothing left, 429, or retry-after): busy', async () => {
    const github = gitHub(settings);
    stand.rateLimited = true;
    expect((await failureOf(github.isPrivate())).kind).toBe('busy');
    stand.rateLimited = false;
    stand.failNext('read', 429);
    expect((await failureOf(github.readFile('content/buurten/heilust.md'))).kind).toBe('busy');
    stand.failNext('create', 403, { 'retry-after': '60' });
    expect(await failureOf(github.createFile('content/ideeen/2026-040.md', 'x', 'x'))).toEqual({
      kind: 'busy',
      message: 'GitHub kreeg te veel verzoeken (HTTP 403 bij het schrijven van content/ideeen/2026-040.md)',
    });
  });

  it('a token refused, not allowed, or a repository or branch not found: a setting, said as such', async () => {
    expect(await failureOf(gitHub({ ...settings, token: 'verkeerd' }).isPrivate())).toEqual({
      kind: 'settings',
      message:
        'GitHub weigerde het lezen van de repository westwint/website (HTTP 401): GITHUB_TOKEN klopt niet of is verlopen; zet een nieuwe in Netlify',
    });
    stand.failNext('create', 403);
    expect(
      (await failureOf(gitHub(settings).createFile('content/ideeen/2026-041.md', 'x', 'x'))).message,
    ).toContain('GITHUB_TOKEN mag dit niet in westwint/website');
    expect(await failureOf(gitHub({ ...settings, repository: 'westwint/anders' }).isPrivate())).toMatchObject(
      {
        kind: 'settings',
      },
    );
    expect(
      (
        await failureOf(
          gitHub({ ...settings, branch: 'bestaat-niet' }).createFile('content/ideeen/2026-042.md', 'x', 'x'),
        )
      ).message,
    ).toContain('repository westwint/website of branch bestaat-niet niet gevonden');
  });
});

describe("the token's expiry", () => {
  it('is read from every answer, and none means a token that does not expire', async () => {
    const github = gitHub(settings);
    expect(github.tokenExpiresAt()).toBeUndefined();
    await github.isPrivate();
    expect(github.tokenExpiresAt()).toBe('2027-06-30T12:00:00.000Z');
    stand.expiration = null;
    await github.isPrivate();
    expect(github.tokenExpiresAt()).toBeNull();
  });

  it("reads GitHub's forms of the date", () => {
    expect(readExpiration('2027-01-31 12:00:00 UTC')).toBe('2027-01-31T12:00:00.000Z');
    expect(readExpiration('2021-09-24 15:12:44 -0700')).toBe('2021-09-24T22:12:44.000Z');
    expect(readExpiration('morgen')).toBeNull();
  });
});
