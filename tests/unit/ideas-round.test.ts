/**
 * Ideas as they arrive (src/lib/ideas/arrival.ts) and in the hourly round (round.ts), with their
 * passes (pass-on.ts, settle.ts), on an atomic store in memory against the stand-ins for GitHub
 * and Netlify's API, the clock moved: what is written, what is kept and when it is tried again,
 * claims between runs at once, the cap an hour, and every file read back by the build's loader.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { removeFixture, writeFixture } from '../../scripts/lib/content-folder.ts';
import { checkContentFiles } from '../../src/lib/content/loader';
import type { BlobStore } from '../../src/lib/functions/blob-store';
import { receiveIdea } from '../../src/lib/ideas/arrival';
import { gitHub } from '../../src/lib/ideas/github';
import { readIdeasStatus } from '../../src/lib/ideas/ideas-status';
import { netlifyForms } from '../../src/lib/ideas/netlify-forms';
import { ideaRecords, markerOf, PENDING } from '../../src/lib/ideas/records';
import { ideasRound } from '../../src/lib/ideas/round';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-stand-in';
import { memoryStore } from '../helpers/memory-store';
import {
  STAND_IN_SITE,
  STAND_IN_TOKEN,
  startNetlifyApiStandIn,
  type NetlifyApiStandIn,
} from '../helpers/netlify-api-stand-in';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 10:00 in Amsterdam. */
const MORNING = new Date('2026-12-01T09:00:00Z');
const at = (ms: number) => new Date(MORNING.getTime() + ms);

let stand: GitHubStandIn;
let api: NetlifyApiStandIn;
let store: BlobStore;
let lines: string[];
const log = (line: string) => lines.push(line);
const folders: string[] = [];

beforeAll(async () => {
  [stand, api] = await Promise.all([startGitHubStandIn(), startNetlifyApiStandIn()]);
});
afterAll(() => Promise.all([stand.close(), api.close()]));
beforeEach(() => {
  stand.reset();
  api.reset();
  store = memoryStore();
  lines = [];
});
afterEach(() => {
  for (const dir of folders.splice(0)) removeFixture(dir);
});

const services = () => ({
  github: gitHub({
    apiUrl: stand.url,
    token: stand.token,
    repository: 'westwint/website',
    branch: 'main',
    timeoutMs: 2000,
  }),
  submissions: netlifyForms({
    apiUrl: api.url,
    token: STAND_IN_TOKEN,
    siteId: STAND_IN_SITE,
    timeoutMs: 2000,
  }),
});

let next = 0;
/** A submission of the form idee that Netlify has; its id. */
function submitted(data: Record<string, string> = {}): string {
  const id = `${String(++next).padStart(24, '0')}`;
  api.forms.set('idee', [
    ...(api.forms.get('idee') ?? []),
    {
      id,
      created_at: MORNING.toISOString(),
      data: {
        idee: 'Meer bankjes.',
        project: 'park-west',
        buurt: 'heilust',
        openbaar: 'ja',
        email: 'bewoner@voorbeeld.example',
        naam: 'Testnaam',
        ...data,
      },
    },
  ]);
  return id;
}

const arrive = (submission: unknown, now = MORNING, deployContext = 'production') =>
  receiveIdea({
    submission,
    deployContext,
    store,
    services: services(),
    now,
    run: `aankomst-${String(submission)}`,
    log,
  });
const round = (now: Date, run = `uur-${now.toISOString()}`) =>
  ideasRound({ store, services: services(), now, run, log });
const ideaFiles = () => [...stand.files.keys()].filter((p) => p.startsWith('content/ideeen/')).sort();
const waiting = async () => (await store.list({ prefix: PENDING })).blobs.length;

/** Every idea file the stand-in holds, checked by the build's loader as one folder. */
function checkedByTheBuild(): void {
  const files = Object.fromEntries(
    [...stand.files]
      .filter(([path]) => path.startsWith('content/ideeen/'))
      .map(([path, text]) => [path.slice(8), text]),
  );
  const root = writeFixture(files);
  folders.push(root);
  expect(() => checkContentFiles(join(root, 'ideeen'), 'ideas', root)).not.toThrow();
}

describe('an idea as it arrives', () => {
  it('is written at once: its words only when public and the repository private', async () => {
    const open = submitted();
    const closed = submitted({ openbaar: '' });
    expect(await arrive(open)).toEqual({ settled: 'written', reference: '2026-032' });
    expect(await arrive(closed)).toEqual({ settled: 'written', reference: '2026-033' });
    stand.private = false;
    expect(await arrive(submitted(), at(1000))).toEqual({ settled: 'written', reference: '2026-034' });
    expect(stand.files.get('content/ideeen/2026-032.md')).toContain("idea: 'Meer bankjes.'");
    expect(stand.files.get('content/ideeen/2026-033.md')).not.toContain('idea:');
    expect(stand.files.get('content/ideeen/2026-033.md')).toContain('public: false');
    expect(stand.files.get('content/ideeen/2026-034.md')).not.toContain('idea:');
    checkedByTheBuild();
    expect(await waiting()).toBe(0);
  });

  it('is not written or kept from a deploy that is not production, without a valid id, or twice', async () => {
    const id = submitted();
    expect(await arrive(id, MORNING, 'deploy-preview')).toEqual({ settled: 'not-production' });
    expect(await arrive(id, MORNING, 'onbekend')).toEqual({ settled: 'not-production' });
    expect(await arrive(undefined)).toEqual({ settled: 'no-id' });
    expect(await arrive('a/../b')).toEqual({ settled: 'no-id' });
    expect((await store.list()).blobs).toEqual([]);
    expect(await arrive(id)).toMatchObject({ settled: 'written' });
    expect(await arrive(id)).toEqual({ settled: 'seen-before' });
    expect(stand.commits).toHaveLength(1);
    expect(await waiting()).toBe(0);
  });

  it('is kept when a setting is missing, and the panel says which', async () => {
    const id = submitted();
    const settled = await receiveIdea({
      submission: id,
      deployContext: 'production',
      store,
      services: { missing: ['GITHUB_TOKEN'] },
      now: MORNING,
      run: 'r',
      log,
    });
    expect(settled).toMatchObject({ settled: 'kept' });
    expect(await readIdeasStatus(store, MORNING)).toEqual({
      kept: 1,
      since: MORNING.toISOString(),
      needPerson: 0,
      problem: { reason: 'niet ingesteld in Netlify: GITHUB_TOKEN', at: MORNING.toISOString() },
    });
    expect(await round(at(HOUR))).toMatchObject({ written: 1 });
    expect(await readIdeasStatus(store, at(HOUR))).toEqual({
      kept: 0,
      needPerson: 0,
      tokenExpiresAt: '2027-06-30T12:00:00.000Z',
    });
  });
});

describe('the hourly round', () => {
  it('with a setting missing, keeps every idea and says so', async () => {
    stand.down = true;
    await arrive(submitted());
    const missing = await ideasRound({
      store,
      services: { missing: ['NETLIFY_AUTH_TOKEN'] },
      now: at(HOUR),
      run: 'r',
      log,
    });
    expect(missing).toEqual({ waiting: 1, written: 0, madeUp: 0, stopped: 'settings-missing' });
    expect(lines.at(-1)).toBe(
      'Niet ingesteld in Netlify: NETLIFY_AUTH_TOKEN. 1 bewaard idee wacht tot dat gebeurd is.',
    );
    expect((await readIdeasStatus(store, at(HOUR))).problem?.reason).toBe(
      'niet ingesteld in Netlify: NETLIFY_AUTH_TOKEN',
    );
  });

  it('does nothing but one list when nothing waits', async () => {
    expect(await round(at(HOUR))).toEqual({ waiting: 0, written: 0, madeUp: 0 });
    expect(stand.requests).toEqual([]);
    expect(api.requests).toEqual([]);
  });

  it('tries a kept idea every hour for a day, then every six hours, and keeps it after a week, needing a person', async () => {
    stand.down = true;
    await arrive(submitted());
    const tried: number[] = [];
    for (let hour = 1; hour <= 8 * 24; hour++) {
      const before = stand.requests.length;
      await round(at(hour * HOUR));
      if (stand.requests.length > before) tried.push(hour);
    }
    const firstDay = Array.from({ length: 23 }, (_, i) => i + 1);
    const sixHourly = Array.from({ length: 29 }, (_, i) => 24 + i * 6);
    expect(tried).toEqual([...firstDay, ...sixHourly]);
    expect(await readIdeasStatus(store, at(7 * DAY - 1))).toMatchObject({ kept: 1, needPerson: 0 });
    expect(await readIdeasStatus(store, at(7 * DAY))).toMatchObject({ kept: 1, needPerson: 1 });
    const [record] = (await store.list({ prefix: 'submission/' })).blobs;
    expect((await store.getWithMetadata(record!.key, { type: 'json' }))?.data).toMatchObject({
      state: 'kept',
      attempts: 1 + tried.length,
      lastKind: 'unreachable',
    });
    stand.down = false;
    await round(at(8 * 24 * HOUR + 6 * HOUR));
    expect(ideaFiles()).toEqual(['content/ideeen/2026-031.md', 'content/ideeen/2026-032.md']);
    expect(await waiting()).toBe(0);
  });

  it('stops at the first failure, and goes on where it stopped when the service is back', async () => {
    stand.down = true;
    for (let i = 0; i < 3; i++) await arrive(submitted(), at(i * 1000));
    stand.requests.length = 0;
    expect(await round(at(HOUR))).toMatchObject({ waiting: 3, written: 0, stopped: 'failure' });
    expect(stand.requests).toHaveLength(1);
    stand.down = false;
    expect(await round(at(2 * HOUR))).toMatchObject({ waiting: 3, written: 3 });
    expect(ideaFiles()).toHaveLength(4);
    checkedByTheBuild();
  });

  it('two rounds at once pass each idea on once', async () => {
    stand.down = true;
    for (let i = 0; i < 6; i++) await arrive(submitted(), at(i * 1000));
    stand.down = false;
    const [one, two] = await Promise.all([round(at(HOUR), 'een'), round(at(HOUR), 'twee')]);
    expect(one.written + two.written).toBe(6);
    expect(stand.commits).toHaveLength(6);
    expect(new Set(stand.commits.map((c) => c.path)).size).toBe(6);
    expect(await waiting()).toBe(0);
  });

  it('at most twenty files an hour; the rest the next hour', async () => {
    stand.down = true;
    for (let i = 0; i < 23; i++) await arrive(submitted(), at(i * 1000));
    stand.down = false;
    expect(await round(at(HOUR))).toMatchObject({ written: 20, stopped: 'no-slot' });
    expect(await round(at(HOUR + 30 * 60_000))).toMatchObject({ written: 0 });
    expect(await round(at(2 * HOUR))).toMatchObject({ written: 3 });
    expect(stand.commits).toHaveLength(23);
  });

  it("starts no new idea once the function's time is nearly up; the next run goes on", async () => {
    stand.down = true;
    for (let i = 0; i < 3; i++) await arrive(submitted(), at(i * 1000));
    stand.down = false;
    let asked = 0;
    const timed = await ideasRound({
      store,
      services: services(),
      now: at(HOUR),
      run: 'r',
      log,
      outOfTime: () => ++asked > 1,
    });
    expect(timed).toMatchObject({ written: 1, stopped: 'time' });
    expect(await round(at(2 * HOUR))).toMatchObject({ written: 2 });
  });

  it('finds an idea whose function stopped between its marker and its record', async () => {
    const id = submitted();
    await ideaRecords(store).addMarker(markerOf(MORNING, id), MORNING);
    expect(await round(at(HOUR))).toMatchObject({ written: 1 });
    expect(stand.files.get('content/ideeen/2026-032.md')).toContain(`submission: '${id}'`);
  });

  it('forgets a made-up idea the API could not confirm when it arrived', async () => {
    api.down = true;
    await arrive('f00000000000000000000001');
    expect(await waiting()).toBe(1);
    api.down = false;
    expect(await round(at(HOUR))).toMatchObject({ madeUp: 1, written: 0 });
    expect((await store.list()).blobs.map((b) => b.key)).toEqual([]);
  });

  it("a name taken outside the counter (an editor's file) is found and the next number taken", async () => {
    stand.files.set(
      'content/ideeen/2026-040.md',
      '---\nreceived: 2026-12-01\nstatus: ontvangen\npublic: false\n---\n',
    );
    await arrive(submitted());
    expect(ideaFiles().at(-1)).toBe('content/ideeen/2026-041.md');
    stand.beforeNextCreate('content/ideeen/2026-042.md', '---\nsubmission: iemand-anders\n---\n');
    await arrive(submitted(), at(1000));
    expect(ideaFiles().at(-1)).toBe('content/ideeen/2026-043.md');
  });
});

describe('nothing personal', () => {
  it('in the store, the files, the commits or the log', async () => {
    stand.down = true;
    await arrive(submitted());
    stand.down = false;
    await round(at(HOUR));
    const everything = [
      JSON.stringify(
        await Promise.all(
          (await store.list()).blobs.map((b) => store.getWithMetadata(b.key, { type: 'json' })),
        ),
      ),
      ...stand.files.values(),
      JSON.stringify(stand.commits),
      ...lines,
    ].join('\n');
    expect(everything).not.toMatch(/Testnaam|voorbeeld\.example|bewoner@/);
  });
});
