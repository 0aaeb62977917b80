/**
 * The functions as Netlify deploys them: bundled by Netlify's own bundler
 * (@netlify/zip-it-and-ship-it), each with what makes Netlify run it: the deploy event it
 * subscribes to, or its schedule, or its name (submission-created runs for every accepted form),
 * and what the build told them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipFunctions } from '@netlify/zip-it-and-ship-it';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { urls } from '../../src/lib/urls/routes';

const out = mkdtempSync(join(tmpdir(), 'westwint-functions-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('every function bundles, with its trigger in the manifest Netlify reads', async () => {
  const bundled = await zipFunctions([join(ROOT, 'netlify/functions')], out, {
    basePath: ROOT,
    repositoryRoot: ROOT,
  });
  const byName = Object.fromEntries(bundled.map((f) => [f.name, f]));
  expect(Object.keys(byName).sort()).toEqual([
    'elk-uur',
    'geplande-publicatie',
    'nieuwsbrief-editie',
    'publicatiestatus',
    'publicatiestatus-lezen',
    'submission-created',
  ]);
  for (const f of bundled) {
    expect(f.runtimeAPIVersion, f.name).toBe(2);
    expect(f.size, f.name).toBeGreaterThan(1000);
    // Each call starts the function afresh (a cold start on Netlify, a new worker here): it loads
    // no content model and no schema library, which it never needs.
    expect(
      (f.inputs ?? []).filter((path) =>
        /node_modules\/(astro|zod)\/|src\/lib\/content\/(model|types)/.test(path),
      ),
      f.name,
    ).toEqual([]);
  }
  expect(byName['nieuwsbrief-editie']!.eventSubscriptions).toEqual(['deploy_succeeded']);
  expect(byName.publicatiestatus!.eventSubscriptions).toEqual([
    'deploy_building',
    'deploy_succeeded',
    'deploy_failed',
  ]);
  // The editor's status: a GET at the address the editor asks, under the editor's prefix.
  expect(byName['publicatiestatus-lezen']!.routes).toEqual([
    { pattern: urls.publishStatus(), literal: urls.publishStatus(), methods: ['GET'] },
  ]);
  // 22:05 and 23:05 UTC: one of them is 00:05 in Amsterdam, in winter and in summer.
  expect(byName['geplande-publicatie']!.schedule).toBe('5 22,23 * * *');
  // Every hour on the hour: retries, kept sign-ups and ideas, and at 08:00 the mails that waited for the morning.
  expect(byName['elk-uur']!.schedule).toBe('0 * * * *');
  // The functions that write ideas carry what the build told them (src/lib/functions/build-facts.ts).
  for (const name of ['submission-created', 'elk-uur'])
    expect(byName[name]!.inputs, name).toContain(join(ROOT, 'src/lib/functions/build-facts.json'));
});
