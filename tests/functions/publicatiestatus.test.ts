/**
 * netlify/functions/publicatiestatus.mts, with the build plugin netlify/plugins/build-problems/,
 * run by Netlify's local emulation: deploy events as Netlify sends them and the plugin's error
 * hook as Netlify calls it, seen through /admin/status.json as the editor reads it (its own
 * tests: publicatiestatus-lezen.test.ts).
 */
import { problemIn, type Problem } from '../../src/lib/content/rules/problem';
import { join } from 'node:path';
import { getStore } from '@netlify/blobs';
import { describe, expect, test } from 'vitest';
import { failBuild, postDeployEvent, type DeployEvent } from '../../scripts/lib/deploy-events.ts';
import { SITE_STORES } from '../../src/lib/functions/blob-store';
import { urls } from '../../src/lib/urls/routes';
import { server, site, useSiteFunctions } from '../helpers/site-functions';

useSiteFunctions();
const problemsFile = () => join(site, 'build-problems.json');

/** A deploy event of the production site (or another context), as Netlify posts it to the function. */
async function deployEvent(
  kind: DeployEvent,
  id: string,
  createdAt: string,
  context = 'production',
): Promise<void> {
  const response = await postDeployEvent(server.url, kind, { id, createdAt, context });
  expect(response.status, await response.text()).toBe(200);
}

async function status(): Promise<Record<string, unknown>> {
  const response = await fetch(server.url + urls.publishStatus());
  expect(response.status).toBe(200);
  return ((await response.json()) as { publishing: Record<string, unknown> }).publishing;
}

/** Netlify calls the plugin's onError in a failed build, with the build's environment. */
const failedBuild = (deployId: string, problems: Problem[] | null, context = 'production') =>
  failBuild(deployId, problems, problemsFile(), context);

const PROBLEM = problemIn('content/nieuws/open-dag.md', 'image', {
  kind: 'field',
  expected: 'imageAlt staat er, maar image ontbreekt',
});

describe('deploy events of the production site', () => {
  test('building, failed with the build’s own lines, building again, succeeded', async () => {
    await deployEvent('deploy_building', 'd1', '2026-11-30T10:00:00.000Z');
    expect(await status()).toMatchObject({ state: 'building', startedAt: '2026-11-30T10:00:00.000Z' });

    await failedBuild('d1', [PROBLEM]);
    expect(await getStore(SITE_STORES.publishing).get('build-problems/d1', { type: 'json' })).toEqual({
      problems: [PROBLEM],
    });
    await deployEvent('deploy_failed', 'd1', '2026-11-30T10:00:00.000Z');
    expect(await status()).toMatchObject({ state: 'failed', problems: [PROBLEM] });

    // A deploy preview in between changes nothing, whatever it reports.
    await failedBuild(
      'p1',
      [
        problemIn('content/nieuws/elders.md', 'title', {
          kind: 'field',
          expected: 'een titel mag niet leeg zijn',
        }),
      ],
      'deploy-preview',
    );
    await deployEvent('deploy_failed', 'p1', '2026-11-30T10:02:00.000Z', 'deploy-preview');
    await deployEvent('deploy_succeeded', 'p2', '2026-11-30T10:03:00.000Z', 'deploy-preview');
    expect(await status()).toMatchObject({ state: 'failed', problems: [PROBLEM] });

    await deployEvent('deploy_building', 'd2', '2026-11-30T10:05:00.000Z');
    expect(await status()).toMatchObject({ state: 'building', startedAt: '2026-11-30T10:05:00.000Z' });
    await deployEvent('deploy_succeeded', 'd2', '2026-11-30T10:05:00.000Z');
    const online = await status();
    expect(online).toMatchObject({ state: 'online', startedAt: '2026-11-30T10:05:00.000Z' });
    expect(online.lastOnlineAt).toBe(online.at);
    expect(JSON.stringify(online), 'no deploy id reaches the editor').not.toMatch(/"d[12]"/);
  });

  test('a late event of an older deploy does not hide the newer one', async () => {
    await deployEvent('deploy_building', 'd2', '2026-11-30T10:05:00.000Z');
    await deployEvent('deploy_failed', 'd1', '2026-11-30T10:00:00.000Z');
    expect(await status()).toMatchObject({ state: 'building', startedAt: '2026-11-30T10:05:00.000Z' });
  });

  test('a build that failed for a technical reason (no lines left) says so with no lines', async () => {
    await failedBuild('d3', null);
    await deployEvent('deploy_failed', 'd3', '2026-11-30T11:00:00.000Z');
    expect(await status()).toMatchObject({ state: 'failed', problems: [] });
  });
});

describe('the status kept under the Dutch names of before (until December 2026)', () => {
  /** A failed build's problem as builds wrote it then: a line of text, shown as it is. */
  const LINE = 'content/nieuws/open-dag.md: veld "image": imageAlt staat er, maar image ontbreekt';
  const keys = async () => (await getStore(SITE_STORES.publishing).list()).blobs.map((b) => b.key);

  test('the record under `productie` is shown in English, and the next event moves it to its new name', async () => {
    await getStore(SITE_STORES.publishing).setJSON('productie', {
      deploy: 'd1',
      startedAt: '2026-11-30T10:00:00.000Z',
      state: 'mislukt',
      at: '2026-11-30T10:01:00.000Z',
      problems: [LINE],
      lastOnlineAt: '2026-11-29T09:00:00.000Z',
    });
    expect(await status()).toEqual({
      state: 'failed',
      startedAt: '2026-11-30T10:00:00.000Z',
      at: '2026-11-30T10:01:00.000Z',
      problems: [LINE],
      lastOnlineAt: '2026-11-29T09:00:00.000Z',
    });
    // A late event of an older deploy is still older than the record kept under the old name.
    await deployEvent('deploy_building', 'd0', '2026-11-30T09:00:00.000Z');
    expect(await status()).toMatchObject({ state: 'failed', problems: [LINE] });

    await deployEvent('deploy_building', 'd2', '2026-11-30T10:05:00.000Z');
    expect(await status()).toMatchObject({
      state: 'building',
      startedAt: '2026-11-30T10:05:00.000Z',
      lastOnlineAt: '2026-11-29T09:00:00.000Z',
    });
    expect(await keys()).toEqual(['production']);
  });

  test('lines a failed build left under `bouwfouten/ID` reach the editor', async () => {
    await getStore(SITE_STORES.publishing).setJSON('bouwfouten/d3', { problems: [LINE] });
    await deployEvent('deploy_failed', 'd3', '2026-11-30T11:00:00.000Z');
    expect(await status()).toMatchObject({ state: 'failed', problems: [LINE] });
  });
});
