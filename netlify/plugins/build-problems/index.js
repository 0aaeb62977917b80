/**
 * A Netlify build plugin: when a production build fails, the lines it stopped with
 * (scripts/build.mjs wrote them) are kept in Netlify Blobs under the failed deploy's id. The
 * deploy-failed event (netlify/functions/publicatiestatus.mts) puts them in the status the
 * editor at /admin/ shows. During a build on Netlify, plugins get a Blobs context of their own.
 */
import { openSiteStore } from '../../../src/lib/functions/blob-store.ts';
import { readBuildProblems } from '../../../src/lib/publishing/build-problems.ts';
import { problemsKey } from '../../../src/lib/publishing/deploy-status.ts';

export async function onError() {
  const deployId = process.env.DEPLOY_ID;
  if (process.env.CONTEXT !== 'production' || !deployId) return;
  const problems = readBuildProblems();
  if (!problems) return;
  try {
    await openSiteStore('publishing').setJSON(problemsKey(deployId), { problems });
  } catch (error) {
    // The build has failed already; this must not hide why.
    console.log(`De bouwfouten konden niet worden bewaard voor de redactie: ${error.message}`);
  }
}
