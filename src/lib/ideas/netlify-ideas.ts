/**
 * Ideas as Netlify's functions handle them: settings from Netlify's environment variables and
 * the build's facts, the records in the site-wide Blobs store `ideeen`, GitHub and Netlify's API
 * with plain fetch, the functions' clock. Used by submission-created (an idea as it arrives) and
 * the hourly run (the kept ones).
 */
import { randomUUID } from 'node:crypto';
import { openSiteStore } from '../functions/blob-store.ts';
import { buildFacts, deployContextOf } from '../functions/build-facts.ts';
import { functionClock } from '../functions/clock.ts';
import { makeLog } from '../functions/log.ts';
import { receiveIdea, type ArrivalResult } from './arrival.ts';
import { gitHub } from './github.ts';
import { netlifyForms } from './netlify-forms.ts';
import { SUBMISSION_ID } from './records.ts';
import { ideasRound, type IdeasRoundResult } from './round.ts';
import { ideaSettings } from './settings.ts';

/** Netlify stops a scheduled function after 30 seconds: no new idea is started after this. */
const ROUND_TIME_MS = 20_000;

function services() {
  const settings = ideaSettings(process.env, buildFacts());
  return 'missing' in settings
    ? settings
    : { github: gitHub(settings.github), submissions: netlifyForms(settings.netlify) };
}

/** A submission of the form `idee`; `deployContext` as the request says it (context.deploy.context). */
export async function receiveSubmittedIdea(
  submission: unknown,
  deployContext: string | undefined,
): Promise<ArrivalResult | 'not-kept'> {
  const log = makeLog('ideeën');
  try {
    return await receiveIdea({
      submission,
      deployContext: deployContextOf(buildFacts(), deployContext),
      store: openSiteStore('ideas'),
      services: services(),
      now: functionClock(),
      run: randomUUID(),
      log,
    });
  } catch (error) {
    // Netlify Blobs failed: the idea is in Netlify Forms only, and a person has to put it in the list.
    log(
      `LET OP: idee ${typeof submission === 'string' && SUBMISSION_ID.test(submission) ? submission : '(zonder geldig nummer)'} kon niet worden bewaard (${(error as Error).message}). Het staat in Netlify Forms; zet het met de hand in content/ideeen/.`,
    );
    return 'not-kept';
  }
}

export async function runIdeasRound(): Promise<IdeasRoundResult | 'not-production'> {
  const log = makeLog('ideeën');
  const facts = buildFacts();
  // Netlify runs scheduled functions on the published production deploy only; a build that says otherwise never writes.
  if (facts.context !== null && facts.context !== 'production') return 'not-production';
  const started = Date.now();
  return ideasRound({
    store: openSiteStore('ideas'),
    services: services(),
    now: functionClock(),
    run: randomUUID(),
    log,
    outOfTime: () => Date.now() - started > ROUND_TIME_MS,
  });
}
