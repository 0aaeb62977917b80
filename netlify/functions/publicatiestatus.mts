/**
 * On Netlify's deploy events of the production site (building, succeeded, failed), the record of
 * whether the editors' latest change is online is brought up to date in Netlify Blobs
 * (src/lib/publishing/deploy-status.ts). A failed build's own lines come from the build plugin
 * (netlify/plugins/build-problems/). Deploy previews and branch deploys never change it. The editor
 * reads the record through publicatiestatus-lezen.mts.
 */
import type { DeployBuildingEvent as DeployEvent } from '@netlify/functions';
import { openSiteStore } from '../../src/lib/functions/blob-store.ts';
import {
  problemsLeftBy,
  recordDeployEvent,
  type DeployState,
} from '../../src/lib/publishing/deploy-status.ts';

async function record(state: DeployState, { deploy }: DeployEvent): Promise<void> {
  if (deploy.context !== 'production') return;
  const store = openSiteStore('publishing');
  await recordDeployEvent(store, {
    id: deploy.id,
    context: deploy.context,
    createdAt: deploy.createdAt,
    state,
    at: new Date().toISOString(),
    ...(state === 'failed' ? { problems: await problemsLeftBy(store, deploy.id) } : {}),
  });
}

export default {
  deployBuilding: (event: DeployEvent) => record('building', event),
  deploySucceeded: (event: DeployEvent) => record('online', event),
  deployFailed: (event: DeployEvent) => record('failed', event),
};
