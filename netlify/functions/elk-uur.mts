/**
 * Every hour, on the hour, the site's work that waits, with nobody acting:
 * - a newsletter round (src/lib/newsletter/round.ts), so that no edition's mail and no sign-up is
 *   lost when Laposta fails: it retries what failed, mails at 08:00 what went online at night,
 *   follows concepts until the staff send them, and passes on kept sign-ups;
 * - the ideas' round (src/lib/ideas/round.ts): ideas kept because GitHub or Netlify's API could
 *   not be reached, or a setting was wrong, become files.
 * The two run apart (src/lib/functions/hourly.ts): one failing never stops the other. When nothing
 * waits, each reads its store once and stops. Netlify runs scheduled functions on the published
 * production deploy only.
 */
import type { Config } from '@netlify/functions';
import { runRounds } from '../../src/lib/functions/hourly.ts';
import { makeLog } from '../../src/lib/functions/log.ts';
import { runIdeasRound } from '../../src/lib/ideas/netlify-ideas.ts';
import { runNewsletterRound } from '../../src/lib/newsletter/netlify-round.ts';

export default async (): Promise<Response> => {
  await runRounds({ nieuwsbrief: () => runNewsletterRound(), ideeën: runIdeasRound }, makeLog('elk uur'));
  return new Response(null, { status: 204 });
};

/** On the hour, so a mail waiting for the morning goes at 08:00 in Amsterdam, winter and summer. */
export const config: Config = { schedule: '0 * * * *' };
