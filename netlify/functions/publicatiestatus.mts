/**
 * On Netlify's deploy events of the production site (building, succeeded, failed), the record of
 * whether the editors' latest change is online is brought up to date in Netlify Blobs
 * (src/lib/publishing/deploy-status.ts). A failed build's own lines come from the build plugin
 * (netlify/plugins/build-problems/). Deploy previews and branch deploys never change it. The editor
 * reads the record through publicatiestatus-lezen.mts.
 */
import { getStore } from '@netlify/blobs';
import type { DeployBuildingEvent as DeployEvent } from '@netlify/functions';
import type { BlobStore } from '../../src/lib/blob-store.ts';
import {
  problemsKey,
  type BuildProblem,
  recordDeployEvent,
  STATUS_STORE,
  type DeployState,
} from '../../src/lib/publishing/deploy-status.ts';

async function record(state: DeployState, { deploy }: DeployEvent): Promise<void> {
  if (deploy.context !== 'production') return;
  const store = getStore({ name: STATUS_STORE, consistency: 'strong' });
  const left =
    state === 'mislukt'
      ? ((await store.get(problemsKey(deploy.id), { type: 'json' })) as { problems?: BuildProblem[] } | null)
      : null;
  await recordDeployEvent(store as unknown as BlobStore, {
    id: deploy.id,
    context: deploy.context,
    createdAt: deploy.createdAt,
    state,
    at: new Date().toISOString(),
    ...(state === 'mislukt' ? { problems: left?.problems ?? [] } : {}),
  });
}

export default {
  deployBuilding: (event: DeployEvent) => record('bezig', event),
  deploySucceeded: (event: DeployEvent) => record('online', event),
  deployFailed: (event: DeployEvent) => record('mislukt', event),
};
