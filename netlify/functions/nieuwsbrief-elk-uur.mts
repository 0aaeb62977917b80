/**
 * Every hour, on the hour: a newsletter round (src/lib/newsletter/round.ts), so that no edition's
 * mail and no sign-up is lost when Laposta fails, with nobody acting. It retries what failed,
 * mails at 08:00 what went online at night, follows concepts until the staff send them, and
 * passes on kept sign-ups. When nothing waits it reads the store once and stops.
 * Netlify runs scheduled functions on the published production deploy only.
 */
import type { Config } from '@netlify/functions';
import { runNewsletterRound } from '../../src/lib/newsletter/netlify-round.ts';

export default async (): Promise<Response> => {
  await runNewsletterRound();
  return new Response(null, { status: 204 });
};

/** On the hour, so a mail waiting for the morning goes at 08:00 in Amsterdam, winter and summer. */
export const config: Config = { schedule: '0 * * * *' };
