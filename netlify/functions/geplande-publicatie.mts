/**
 * Daily, just after midnight in Amsterdam: when an item (a news item, an edition) was waiting for
 * today, call the site's build hook, so it goes online, and an edition's mail goes out, with no
 * one acting (src/lib/publishing/scheduled-build.ts).
 */
import type { Config, Context } from '@netlify/functions';
import { amsterdamDay } from '../../src/lib/dates/amsterdam.ts';
import { openSiteStore } from '../../src/lib/functions/blob-store.ts';
import { functionClock } from '../../src/lib/functions/clock.ts';
import { makeLog } from '../../src/lib/functions/log.ts';
import { buildIfSomethingIsWaiting, readWaitingDaysFile } from '../../src/lib/publishing/scheduled-build.ts';
import { urls } from '../../src/lib/urls/routes.ts';

export default async (_request: Request, context: Context): Promise<Response> => {
  const log = makeLog('geplande publicatie');
  const hook = process.env.BUILD_HOOK_URL?.trim();
  if (!hook) {
    log(
      'Niet ingesteld in Netlify: BUILD_HOOK_URL. Geplande berichten gaan pas online bij de volgende deploy.',
    );
    return new Response(null, { status: 204 });
  }
  let waitingDays: string[];
  try {
    // The site's main address: Netlify gives it in the context and as URL.
    const siteUrl = context.site?.url || process.env.URL;
    const response = await fetch(new URL(urls.waitingDays(), siteUrl), {
      signal: AbortSignal.timeout(20_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    waitingDays = readWaitingDaysFile(await response.json());
  } catch (error) {
    log(
      `De geplande dagen van de site konden niet worden gelezen (${(error as Error).message}); geen build.`,
    );
    return new Response(null, { status: 204 });
  }
  const store = openSiteStore('scheduledBuilds');
  const now = functionClock();
  await buildIfSomethingIsWaiting({
    waitingDays,
    today: amsterdamDay(now),
    recordDay: async (day) =>
      (await store.setJSON(day, { at: now.toISOString() }, { onlyIfNew: true })).modified,
    forgetDay: (day) => store.delete(day),
    startBuild: async () => {
      const response = await fetch(hook, { method: 'POST', body: '{}', signal: AbortSignal.timeout(20_000) });
      if (!response.ok) throw new Error(`de build hook antwoordde HTTP ${response.status}`);
    },
    log,
  });
  return new Response(null, { status: 204 });
};

/** 22:05 and 23:05 UTC: one of the two is 00:05 in Amsterdam, in winter and in summer. */
export const config: Config = { schedule: '5 22,23 * * *' };
