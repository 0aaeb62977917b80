/**
 * When a production deploy is published: a newsletter round (src/lib/newsletter/round.ts), which
 * announces each new edition of the Nieuwsbrief Heilust to the subscribers, reading the editions
 * from the live site, and passes on the sign-ups Laposta could not take before. Deploy previews
 * and branch deploys never send, whatever their content.
 */
import type { DeploySucceededEvent } from '@netlify/functions';
import { makeLog } from '../../src/lib/functions/log.ts';
import { runNewsletterRound } from '../../src/lib/newsletter/netlify-round.ts';

export default {
  async deploySucceeded({ deploy }: DeploySucceededEvent) {
    if (deploy.context !== 'production') {
      const log = makeLog('nieuwsbrief');
      log(`Deploy ${deploy.id} is geen productie-deploy (${deploy.context}): er wordt niets verstuurd.`);
      return;
    }
    await runNewsletterRound(deploy.id);
  },
};
