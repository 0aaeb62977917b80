/**
 * Netlify Forms has stored a submission:
 * - an idea (form `idee`) becomes a file in the repository the editor edits, once, and only on
 *   the production site; whatever fails, it is kept in Netlify Blobs and the hourly run passes it
 *   on (src/lib/ideas/); its submission is confirmed through Netlify's API first, as anyone can
 *   call this function with a made-up payload;
 * - a newsletter sign-up is passed on to Laposta's double opt-in list, with the visitor's IP
 *   address and the page it came from, so Laposta sends the confirmation mail. When Laposta cannot
 *   take it now, only what Laposta needs is kept in Netlify Blobs and the hourly run passes it on
 *   later (src/lib/newsletter/sign-up.ts); Netlify Forms keeps the submission too, for
 *   `npm run nieuwsbrief:bijwerken`.
 *
 * Netlify runs a function named submission-created for every accepted submission (the file
 * name convention): the newer formSubmitted handler is not told which form was sent.
 */
import type { Context } from '@netlify/functions';
import { IDEA_FORM, SIGNUP_FORM } from '../../src/lib/forms/form-rules.ts';
import { openSiteStore } from '../../src/lib/functions/blob-store.ts';
import { functionClock } from '../../src/lib/functions/clock.ts';
import { makeLog } from '../../src/lib/functions/log.ts';
import { receiveSubmittedIdea } from '../../src/lib/ideas/netlify-ideas.ts';
import { missingForMembers, newsletterConfig } from '../../src/lib/newsletter/config.ts';
import { laposta } from '../../src/lib/newsletter/laposta.ts';
import { SIGN_UP_MAX_DAYS } from '../../src/lib/newsletter/rules.ts';
import { keepSignUp, memberOf, signUp, type Submission } from '../../src/lib/newsletter/sign-up.ts';

export default async (request: Request, context: Context): Promise<Response> => {
  const { payload } = (await request.json()) as { payload?: Submission & { id?: unknown } };
  if (payload?.form_name === IDEA_FORM) {
    await receiveSubmittedIdea(payload.id, context.deploy?.context);
    return new Response(null, { status: 204 });
  }
  if (payload?.form_name !== SIGNUP_FORM) return new Response(null, { status: 204 });
  const config = newsletterConfig(process.env);
  const log = makeLog('aanmelding');
  const receivedAt = functionClock();
  const missing = missingForMembers(process.env);
  if (missing.length > 0) {
    const member = memberOf(payload);
    if (member)
      await keepSignUp(
        openSiteStore('newsletter'),
        member,
        receivedAt,
        new Error(`niet ingesteld in Netlify: ${missing.join(', ')}`),
      );
    log(
      `Niet ingesteld in Netlify: ${missing.join(', ')}. De aanmelding is bewaard en wordt doorgegeven zodra dat gebeurd is (hoogstens ${SIGN_UP_MAX_DAYS} dagen).`,
    );
    return new Response(null, { status: 204 });
  }
  const { result, member, error } = await signUp(payload, laposta(config.laposta), log);
  if (result === 'failed' && member) {
    try {
      await keepSignUp(openSiteStore('newsletter'), member, receivedAt, error);
      log(
        `Aanmelding niet doorgegeven: ${(error as Error).message}. Ze is bewaard; elk uur wordt het opnieuw geprobeerd, hoogstens ${SIGN_UP_MAX_DAYS} dagen.`,
      );
    } catch (storeError) {
      log(
        `Aanmelding niet doorgegeven (${(error as Error).message}) en niet bewaard (${(storeError as Error).message}). Ze staat in Netlify Forms; npm run nieuwsbrief:bijwerken voegt haar toe.`,
      );
    }
  }
  return new Response(null, { status: 204 });
};
