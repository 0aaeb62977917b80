/**
 * The publication status the editor sees (src/lib/publishing/deploy-status.ts): Netlify's deploy
 * events of the production site, in any order they arrive, give the latest deploy's state.
 */
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../helpers/memory-store';
import {
  nextStatus,
  problemsKey,
  problemsLeftBy,
  publicStatus,
  readPublicStatus,
  recordDeployEvent,
  STATUS_KEY,
  type DeployEvent,
  type StatusRecord,
} from '../../src/lib/publishing/deploy-status';

const event = (
  id: string,
  createdAt: string,
  state: DeployEvent['state'],
  at: string,
  extra: Partial<DeployEvent> = {},
): DeployEvent => ({ id, context: 'production', createdAt, state, at, ...extra });

const A = '2026-11-30T10:00:00.000Z';
const B = '2026-11-30T10:05:00.000Z';
const buildingA = event('a', A, 'building', '2026-11-30T10:00:01.000Z');
const failedA = event('a', A, 'failed', '2026-11-30T10:01:00.000Z', {
  problems: ['content/nieuws/x.md: veld "image": imageAlt staat er, maar image ontbreekt'],
});
const buildingB = event('b', B, 'building', '2026-11-30T10:05:01.000Z');
const succeededB = event('b', B, 'online', '2026-11-30T10:06:00.000Z');

const replay = (events: readonly DeployEvent[]) =>
  events.reduce<StatusRecord | null>((record, e) => nextStatus(record, e), null);

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('nextStatus', () => {
  it('building, failed, building, succeeded: online, since the second deploy succeeded', () => {
    expect(publicStatus(replay([buildingA, failedA, buildingB, succeededB]))).toEqual({
      state: 'online',
      startedAt: B,
      at: succeededB.at,
      lastOnlineAt: succeededB.at,
    });
  });

  it.each(
    permutations([buildingA, failedA, buildingB, succeededB]).map(
      (order) => [order.map((e) => `${e.state} ${e.id}`).join(', '), order] as const,
    ),
  )('in the order %s: still the later deploy, online', (_, order) => {
    expect(replay(order)).toMatchObject({ deploy: 'b', state: 'online', lastOnlineAt: succeededB.at });
  });

  it('a failed build keeps the lines it stopped with; a later build of the same deploy does not bring it back', () => {
    const failed = replay([buildingA, failedA]);
    expect(publicStatus(failed)).toEqual({
      state: 'failed',
      startedAt: A,
      at: failedA.at,
      problems: failedA.problems,
    });
    expect(nextStatus(failed, buildingA)).toBe(failed);
  });

  it('a failure without lines is a technical one: no lines', () => {
    expect(replay([buildingA, event('a', A, 'failed', failedA.at)])?.problems).toEqual([]);
  });

  it('deploy previews and branch deploys change nothing, whatever they say', () => {
    const before = replay([buildingA, failedA]);
    for (const context of ['deploy-preview', 'branch-deploy']) {
      for (const state of ['building', 'online', 'failed'] as const) {
        expect(
          nextStatus(before, {
            ...event('p', '2026-11-30T11:00:00.000Z', state, '2026-11-30T11:00:01.000Z'),
            context,
          }),
        ).toBe(before);
      }
    }
  });

  it('an older deploy that succeeds late only moves the time the live site last changed', () => {
    const failedB = event('b', B, 'failed', '2026-11-30T10:07:00.000Z');
    const lateA = event('a', A, 'online', '2026-11-30T10:08:00.000Z');
    expect(replay([buildingA, buildingB, failedB, lateA])).toMatchObject({
      deploy: 'b',
      state: 'failed',
      lastOnlineAt: lateA.at,
    });
  });
});

describe('publicStatus', () => {
  it('says nothing recorded yet as "unknown", and never shows the deploy id', () => {
    expect(publicStatus(null)).toEqual({ state: 'unknown' });
    expect(JSON.stringify(publicStatus(replay([buildingA, failedA])))).not.toContain('"a"');
  });
});

describe('recordDeployEvent', () => {
  it('two events at once are both applied: the one that loses reads again', async () => {
    const store = memoryStore();
    await Promise.all([
      recordDeployEvent(store, buildingA),
      recordDeployEvent(store, buildingB),
      recordDeployEvent(store, succeededB),
      recordDeployEvent(store, failedA),
    ]);
    expect(await readPublicStatus(store)).toMatchObject({ state: 'online', startedAt: B });
  });
});

describe('the record and lines kept under the Dutch names of before (until December 2026)', () => {
  const oldRecord = {
    deploy: 'a',
    startedAt: A,
    state: 'mislukt',
    at: failedA.at,
    problems: failedA.problems,
    lastOnlineAt: '2026-11-29T09:00:00.000Z',
  };

  it('are read where the new names find nothing, with the state in English', async () => {
    const store = memoryStore();
    await store.setJSON('productie', oldRecord);
    await store.setJSON('bouwfouten/c', { problems: ['een regel'] });
    expect(await readPublicStatus(store)).toEqual({
      state: 'failed',
      startedAt: A,
      at: failedA.at,
      problems: failedA.problems,
      lastOnlineAt: '2026-11-29T09:00:00.000Z',
    });
    expect(await problemsLeftBy(store, 'c')).toEqual(['een regel']);
    await store.setJSON(problemsKey('c'), { problems: ['de nieuwe regel'] });
    expect(await problemsLeftBy(store, 'c')).toEqual(['de nieuwe regel']);
  });

  it('the first event writes the record under its new name, from the old one, and deletes the old one; two at once too', async () => {
    const store = memoryStore();
    await store.setJSON('productie', oldRecord);
    await Promise.all([recordDeployEvent(store, buildingB), recordDeployEvent(store, succeededB)]);
    expect((await store.list()).blobs.map((b) => b.key)).toEqual([STATUS_KEY]);
    expect((await store.getWithMetadata(STATUS_KEY, { type: 'json' }))?.data).toMatchObject({
      deploy: 'b',
      state: 'online',
      lastOnlineAt: succeededB.at,
    });
  });
});
