/**
 * What Netlify does around a deploy, played against Netlify's local emulation: the deploy events
 * it posts to netlify/functions/publicatiestatus.mts, and the build plugin's error hook it calls
 * when a build fails (netlify/plugins/build-problems/). For the tests of the publication status
 * and for the screenshots of its banners.
 */
import { rmSync } from 'node:fs';
import type { Problem } from '../../src/lib/content/rules/problem.ts';
import { writeBuildProblems } from '../../src/lib/publishing/build-problems.ts';
import { onError } from '../../netlify/plugins/build-problems/index.js';

export type DeployEvent = 'deploy_building' | 'deploy_succeeded' | 'deploy_failed';

/**
 * Posts one deploy event as Netlify does (its kind in x-netlify-event, the deploy under
 * `payload`) to a function that listens for it, the publication status unless another is named;
 * answers the function's response. `context` is production unless a preview is meant.
 */
export function postDeployEvent(
  siteUrl: string,
  kind: DeployEvent,
  deploy: { id: string; createdAt: string; context?: string },
  functionName = 'publicatiestatus',
): Promise<Response> {
  return fetch(`${siteUrl}/.netlify/functions/${functionName}`, {
    method: 'POST',
    headers: { 'x-netlify-event': kind, 'content-type': 'application/json' },
    body: JSON.stringify({
      payload: {
        id: deploy.id,
        site_id: 'westwint',
        state: kind,
        created_at: deploy.createdAt,
        context: deploy.context ?? 'production',
        url: siteUrl,
        ssl_url: siteUrl,
        branch: 'main',
      },
      site: {
        id: 'westwint',
        name: 'westwint',
        url: 'https://www.westwint.nl',
        admin_url: 'https://app.netlify.com/sites/westwint',
      },
    }),
  });
}

/**
 * A failed build as Netlify runs the plugin's error hook: with the build's environment, after
 * the build left `problems` in `problemsFile` (null: it left none, a technical failure).
 * Needs the Blobs context of a running local emulation in this process.
 */
export async function failBuild(
  deployId: string,
  problems: Problem[] | null,
  problemsFile: string,
  context = 'production',
): Promise<void> {
  const saved = { ...process.env };
  Object.assign(process.env, {
    CONTEXT: context,
    DEPLOY_ID: deployId,
    WESTWINT_BUILD_PROBLEMS: problemsFile,
  });
  rmSync(problemsFile, { force: true });
  if (problems) writeBuildProblems(problems, problemsFile);
  try {
    await onError();
  } finally {
    for (const key of ['CONTEXT', 'DEPLOY_ID', 'WESTWINT_BUILD_PROBLEMS']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}
