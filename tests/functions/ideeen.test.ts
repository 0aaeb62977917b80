/**
 * Ideas from the form `idee` becoming files in the repository (src/lib/ideas/), through
 * netlify/functions/submission-created.mts and the hourly run (elk-uur.mts), run by Netlify's
 * local emulation as the production deploy (tests/helpers/site-functions.ts), against stand-ins
 * for GitHub (tests/helpers/github-stand-in.ts) and Netlify's API, which lists every form post the
 * emulation stored. Nothing is lost and nothing is written twice: GitHub down, a lost answer, two
 * ideas at once, a made-up submission, a deploy preview, a wrong token, the retry schedule and the
 * cap on files an hour. The file's form against the build's own schema: tests/unit/idea-file.test.ts.
 */
import { getStore } from '@netlify/blobs';
import { describe, expect, test } from 'vitest';
import { SITE_STORES } from '../../src/lib/functions/blob-store';
import { IDEA_AUTHOR } from '../../src/lib/ideas/github';
import { markerOf, SUBMISSIONS, type KeptIdea } from '../../src/lib/ideas/records';
import { urls } from '../../src/lib/urls/routes';
import { STAND_IN_EXPIRATION } from '../helpers/github-stand-in';
import {
  DAY,
  editorStatus,
  expectCleanLogs,
  github,
  HOUR,
  hourly,
  logs,
  MORNING,
  netlifyApi,
  RESIDENT,
  server,
  setClock,
  useSiteFunctions,
} from '../helpers/site-functions';

useSiteFunctions();

/** Personal data a resident sends with an idea, which must never leave Netlify Forms. */
const NAME = 'Testnaam Bewoner';
const BROWSER = 'Testbrowser/1.0 (idee-test)';
const WORDS = 'Meer bankjes langs het pad in Park West.';

/** An idea posted as the browser posts it; the id Netlify gave it (found by its words). */
async function postIdea(fields: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${server.url}${urls.ideasThanks()}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': BROWSER,
      referer: 'https://www.westwint.nl/ideeen/',
    },
    body: new URLSearchParams({
      'form-name': 'idee',
      'bot-veld': '',
      idee: WORDS,
      project: 'park-west',
      buurt: 'heilust',
      naam: NAME,
      email: RESIDENT,
      toestemming: 'ja',
      openbaar: 'ja',
      ...fields,
    }),
  });
  expect(response.status).toBe(200);
  const words = fields.idee ?? WORDS;
  return (netlifyApi.forms.get('idee') ?? []).findLast((s) => s.data.idee === words)!.id!;
}

/** submission-created called as anyone could call it, with a payload and a deploy context of one's choosing. */
async function callDirectly(payload: unknown, deployContext = 'production'): Promise<void> {
  const response = await server.handle(
    new Request(`${server.url}/.netlify/functions/submission-created`, {
      method: 'POST',
      headers: { 'x-nf-deploy-context': deployContext },
      body: JSON.stringify({ payload }),
    }),
  );
  expect(response.status).toBe(204);
}

const ideasStore = () => getStore({ name: SITE_STORES.ideas, consistency: 'strong' });
const kept = async () => (await ideasStore().list({ prefix: 'pending/' })).blobs.map((b) => b.key);
const ideaFiles = () => [...github.files.keys()].filter((path) => path.startsWith('content/ideeen/')).sort();
const ideaLogs = () => logs.filter((line) => line.startsWith('[ideeën]'));
const gitHubCalls = () => github.requests.length;

/** Everything the ideas' store holds, as text. */
async function storeText(): Promise<string> {
  const store = ideasStore();
  const values = [];
  for (const { key } of (await store.list()).blobs)
    values.push(key, JSON.stringify(await store.get(key, { type: 'json' })));
  return values.join('\n');
}

describe('an idea becomes a file', () => {
  test('confirmed through Netlify, at the next number, its words in the private repository, and nothing personal anywhere', async () => {
    github.expiration = '2026-12-20 12:00:00 UTC';
    const id = await postIdea();
    expect(ideaFiles()).toEqual(['content/ideeen/2026-031.md', 'content/ideeen/2026-032.md']);
    expect(github.files.get('content/ideeen/2026-032.md')).toBe(
      [
        '---',
        "received: '2026-12-01'",
        "status: 'ontvangen'",
        "projects: ['park-west']",
        "neighbourhoods: ['heilust']",
        'public: true',
        'wantsReply: true',
        `submission: '${id}'`,
        `idea: '${WORDS}'`,
        '---',
        '',
      ].join('\n'),
    );
    expect(github.commits).toEqual([
      {
        path: 'content/ideeen/2026-032.md',
        message: 'Nieuw idee 2026-032 uit het formulier [skip netlify]',
        author: IDEA_AUTHOR,
        branch: 'main',
      },
    ]);
    expect(ideaLogs()).toEqual([
      '[ideeën] Nieuw idee 2026-032 staat in de repository (content/ideeen/2026-032.md), met de stand "ontvangen".',
    ]);
    expect(await kept()).toEqual([]);
    const everything = [
      ...github.files.values(),
      JSON.stringify(github.commits),
      await storeText(),
      ...logs,
    ].join('\n');
    for (const personal of [NAME, RESIDENT, BROWSER, '127.0.0.1', 'referer', 'westwint.nl/ideeen']) {
      expect(everything).not.toContain(personal);
    }
    const { body } = await editorStatus();
    expect(body.ideas).toEqual({ kept: 0, needPerson: 0, tokenExpiresAt: '2026-12-20T12:00:00.000Z' });
  });

  test('no words in a public repository, nor from a resident who did not tick "openbaar"; a project the repository lacks is left out', async () => {
    github.private = false;
    const inPublic = await postIdea();
    github.private = true;
    const notPublic = await postIdea({
      openbaar: '',
      email: '',
      project: 'bestaat-niet',
      buurt: '../../etc',
    });
    expect(github.files.get('content/ideeen/2026-032.md')).toBe(
      `---\nreceived: '2026-12-01'\nstatus: 'ontvangen'\nprojects: ['park-west']\nneighbourhoods: ['heilust']\npublic: true\nwantsReply: true\nsubmission: '${inPublic}'\n---\n`,
    );
    expect(github.files.get('content/ideeen/2026-033.md')).toBe(
      `---\nreceived: '2026-12-01'\nstatus: 'ontvangen'\npublic: false\nwantsReply: false\nsubmission: '${notPublic}'\n---\n`,
    );
    expect(ideaLogs()).toContain(
      '[ideeën] Het gekozen project bestaat niet in content/projecten/; het is weggelaten.',
    );
    expect(await storeText()).not.toContain(WORDS);
  });

  test('in a public repository the words are not kept either, while the file waits', async () => {
    github.private = false;
    github.failNext('create', 503);
    await postIdea();
    expect(github.commits).toEqual([]);
    expect(await storeText()).not.toContain(WORDS);
  });
});

describe('nothing lost, nothing written twice', () => {
  test('GitHub down when the idea arrives: kept, and exactly one file from the first hourly run after it is back', async () => {
    github.down = true;
    const id = await postIdea();
    expect(github.commits).toEqual([]);
    expect(await kept()).toEqual([markerOf(MORNING, id)]);
    expect(ideaLogs()).toEqual([
      `[ideeën] Idee ${id} nog niet in de repository: GitHub gaf geen antwoord bij het lezen van de repository westwint/website (niet bereikbaar of verbinding verbroken). Het is bewaard en wordt vanzelf opnieuw geprobeerd: de eerste dag elk uur, daarna om de zes uur.`,
    ]);
    // Tried again at the whole hour, not before.
    const calls = gitHubCalls();
    await hourly(new Date(MORNING.getTime() + HOUR / 2));
    expect(gitHubCalls()).toBe(calls);
    github.down = false;
    await hourly(new Date(MORNING.getTime() + HOUR));
    await hourly(new Date(MORNING.getTime() + 2 * HOUR));
    expect(github.commits.map((c) => c.path)).toEqual(['content/ideeen/2026-032.md']);
    expect(github.files.get('content/ideeen/2026-032.md')).toContain(`submission: '${id}'`);
    expect(await kept()).toEqual([]);
  });

  test('a lost answer from GitHub (the file written, the connection dropped) makes no second file', async () => {
    github.loseNextAnswer();
    const id = await postIdea();
    expect(github.commits).toHaveLength(1);
    expect(await kept()).toEqual([markerOf(MORNING, id)]);
    await hourly(new Date(MORNING.getTime() + HOUR));
    expect(github.commits).toHaveLength(1);
    expect(ideaFiles()).toEqual(['content/ideeen/2026-031.md', 'content/ideeen/2026-032.md']);
    expect(await kept()).toEqual([]);
    expect(ideaLogs()).toContain(
      '[ideeën] Idee 2026-032 stond al in de repository: een eerdere poging lukte, maar het antwoord van GitHub ging verloren. Niets dubbel geschreven.',
    );
    // Netlify calls the function again for the same submission: nothing is done twice.
    await callDirectly({ form_name: 'idee', id });
    expect(github.commits).toHaveLength(1);
    expect(ideaLogs().at(-1)).toBe(`[ideeën] Inzending ${id} was al ontvangen; er is niets dubbel gedaan.`);
  });

  test('two ideas at once get two references through a 409, and a name an editor took in between (422) the next', async () => {
    github.createTogether(2);
    const ids = await Promise.all([postIdea(), postIdea({ idee: 'Een tweede idee.' })]);
    expect(github.requests.filter((r) => r.operation === 'create')).toHaveLength(3);
    expect(ideaFiles()).toEqual([
      'content/ideeen/2026-031.md',
      'content/ideeen/2026-032.md',
      'content/ideeen/2026-033.md',
    ]);
    const owners = ['content/ideeen/2026-032.md', 'content/ideeen/2026-033.md'].map(
      (path) => /submission: '(\w+)'/.exec(github.files.get(path)!)?.[1],
    );
    expect(owners.sort()).toEqual([...ids].sort());
    github.beforeNextCreate(
      'content/ideeen/2026-034.md',
      '---\nreceived: 2026-12-01\nstatus: ontvangen\npublic: false\n---\n',
    );
    const third = await postIdea();
    expect(github.commits.map((c) => c.path).at(-1)).toBe('content/ideeen/2026-035.md');
    expect(github.files.get('content/ideeen/2026-035.md')).toContain(`submission: '${third}'`);
  });
});

describe('only real ideas, only from production', () => {
  test('a made-up submission, or one of another form, writes nothing and keeps nothing', async () => {
    await callDirectly({
      form_name: 'idee',
      id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
      data: { idee: 'Verzonnen', openbaar: 'ja' },
    });
    const signUp = (
      await fetch(`${server.url}/nieuwsbrief/aangemeld/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          'form-name': 'nieuwsbrief-aanmelding',
          email: RESIDENT,
          toestemming: 'ja',
        }),
      })
    ).status;
    expect(signUp).toBe(200);
    const otherForm = netlifyApi.forms.get('nieuwsbrief-aanmelding')!.at(-1)!.id;
    await callDirectly({ form_name: 'idee', id: otherForm, data: { idee: 'Verzonnen' } });
    await callDirectly({ form_name: 'idee', id: '../../etc/passwd' });
    expect(github.commits).toEqual([]);
    expect((await ideasStore().list()).blobs).toEqual([]);
    expect(ideaLogs()).toEqual([
      '[ideeën] Inzending a1b2c3d4e5f6a1b2c3d4e5f6 staat niet bij het ideeënformulier van deze site in Netlify: er is niets geschreven of bewaard.',
      `[ideeën] Inzending ${otherForm} staat niet bij het ideeënformulier van deze site in Netlify: er is niets geschreven of bewaard.`,
      '[ideeën] Een idee zonder geldig nummer van Netlify is genegeerd.',
    ]);
  });

  test("Netlify's API down: kept unconfirmed, with nothing of the form, and confirmed by the hourly run", async () => {
    netlifyApi.down = true;
    const id = await postIdea();
    expect(gitHubCalls()).toBe(0);
    expect(await storeText()).not.toContain(WORDS);
    netlifyApi.down = false;
    await hourly(new Date(MORNING.getTime() + HOUR));
    expect(github.files.get('content/ideeen/2026-032.md')).toContain(`submission: '${id}'`);
  });

  test('a deploy preview or a branch deploy writes nothing and keeps nothing', async () => {
    const id = 'f00dfeed0000000000000001';
    netlifyApi.forms.set('idee', [
      { id, created_at: MORNING.toISOString(), data: { idee: WORDS, openbaar: 'ja' } },
    ]);
    await callDirectly({ form_name: 'idee', id }, 'deploy-preview');
    await callDirectly({ form_name: 'idee', id }, 'branch-deploy');
    expect(gitHubCalls()).toBe(0);
    expect(netlifyApi.requests).toEqual([]);
    expect((await ideasStore().list()).blobs).toEqual([]);
    expect(ideaLogs()).toEqual([
      '[ideeën] Een idee kwam binnen via een deploy die geen productie is (deploy-preview): er is niets geschreven of bewaard. Het staat in Netlify Forms.',
      '[ideeën] Een idee kwam binnen via een deploy die geen productie is (branch-deploy): er is niets geschreven of bewaard. Het staat in Netlify Forms.',
    ]);
  });
});

describe('settings', () => {
  test('a wrong or missing token is a settings problem, in the log and the panel; the idea is kept and written once it is put right', async () => {
    const token = process.env.GITHUB_TOKEN;
    try {
      process.env.GITHUB_TOKEN = 'verkeerde-sleutel';
      const first = await postIdea();
      expect(ideaLogs().at(-1)).toBe(
        `[ideeën] Idee ${first} nog niet in de repository: GitHub weigerde het lezen van de repository westwint/website (HTTP 401): GITHUB_TOKEN klopt niet of is verlopen; zet een nieuwe in Netlify. Het is bewaard en wordt vanzelf opnieuw geprobeerd: de eerste dag elk uur, daarna om de zes uur.`,
      );
      expect(logs.join('\n')).not.toContain('verkeerde-sleutel');
      expect((await editorStatus()).body.ideas.problem?.reason).toBe(
        'GitHub weigerde het lezen van de repository westwint/website (HTTP 401): GITHUB_TOKEN klopt niet of is verlopen; zet een nieuwe in Netlify',
      );
      delete process.env.GITHUB_TOKEN;
      await postIdea();
      expect((await editorStatus()).body.ideas).toMatchObject({
        kept: 2,
        problem: { reason: 'niet ingesteld in Netlify: GITHUB_TOKEN' },
      });
    } finally {
      process.env.GITHUB_TOKEN = token;
    }
    await hourly(new Date(MORNING.getTime() + HOUR));
    expect(ideaFiles()).toEqual([
      'content/ideeen/2026-031.md',
      'content/ideeen/2026-032.md',
      'content/ideeen/2026-033.md',
    ]);
    const { body } = await editorStatus();
    expect(body.ideas).toEqual({
      kept: 0,
      needPerson: 0,
      tokenExpiresAt: new Date('2027-06-30T12:00:00Z').toISOString(),
    });
    expect(STAND_IN_EXPIRATION).toBe('2027-06-30 12:00:00 UTC');
  });
});

describe('the hourly run', () => {
  test('tries a kept idea every hour the first day, then every six hours; after a week it needs a person and is still kept', async () => {
    github.down = true;
    await postIdea();
    const triedAt = async (hoursAfter: number) => {
      const before = gitHubCalls();
      await hourly(new Date(MORNING.getTime() + hoursAfter * HOUR));
      return gitHubCalls() > before;
    };
    // Every hour the first day; after that six hours after each try (every hour of a week: tests/unit/ideas-round.test.ts).
    expect(await triedAt(1)).toBe(true);
    expect(await triedAt(25)).toBe(true);
    expect(await triedAt(30)).toBe(false);
    expect(await triedAt(31)).toBe(true);
    expect((await editorStatus()).body.ideas).toMatchObject({ kept: 1, needPerson: 0 });
    setClock(new Date(MORNING.getTime() + 7 * DAY));
    expect((await editorStatus()).body.ideas).toMatchObject({ kept: 1, needPerson: 1 });
    github.down = false;
    expect(await triedAt(7 * 24 + 6)).toBe(true);
    expect(ideaFiles()).toContain('content/ideeen/2026-032.md');
    expect(await kept()).toEqual([]);
  });

  test('at most 20 new files an hour, arrivals and retries together; the rest waits for the next hour', async () => {
    const store = ideasStore();
    const earlier = new Date(MORNING.getTime() - DAY);
    for (let i = 0; i < 21; i++) {
      const id = `kept${String(i).padStart(20, '0')}`;
      const marker = markerOf(new Date(earlier.getTime() + i * 1000), id);
      const record: KeptIdea = {
        state: 'kept',
        receivedAt: new Date(earlier.getTime() + i * 1000).toISOString(),
        marker,
        confirmed: { public: false, wantsReply: false },
        attempts: 3,
      };
      await store.setJSON(marker, { since: record.receivedAt });
      await store.setJSON(`${SUBMISSIONS}${id}`, record);
    }
    await hourly(new Date(MORNING.getTime() + HOUR));
    expect(github.commits).toHaveLength(20);
    expect(await kept()).toHaveLength(1);
    const arrival = await postIdea();
    expect(github.commits).toHaveLength(20);
    expect(ideaLogs()).toContain(
      `[ideeën] Idee ${arrival} bewaard: er zijn dit uur al genoeg nieuwe ideeën in de repository gezet. Het volgende uur verder.`,
    );
    await hourly(new Date(MORNING.getTime() + 2 * HOUR));
    expect(github.commits).toHaveLength(22);
    expect(github.commits.at(-2)?.path).toBe('content/ideeen/2026-052.md');
    expect(github.files.get('content/ideeen/2026-053.md')).toContain(`submission: '${arrival}'`);
    expect(await kept()).toEqual([]);
  });
});

test('no line of any run above shows a key, an address, a name, a browser or an IP address', () => {
  expectCleanLogs(20);
  for (const line of logs.concat()) expect(line).not.toMatch(/Testnaam|Testbrowser|127\.0\.0\.1/);
});
