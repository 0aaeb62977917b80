/**
 * Netlify Forms has stored a submission: a newsletter sign-up (and no other form's) is passed
 * on to Laposta's double opt-in list, with the visitor's IP address and the page it came from,
 * so Laposta sends the confirmation mail. When Laposta refuses or cannot be reached, the
 * submission stays in Netlify and `npm run nieuwsbrief:bijwerken` adds it later.
 *
 * Netlify runs a function named submission-created for every accepted submission (the file
 * name convention): the newer formSubmitted handler is not told which form was sent.
 */
import { SIGNUP_FORM } from '../../src/lib/forms/rules.ts';
import { missingForMembers, newsletterConfig } from '../../src/lib/newsletter/config.ts';
import { laposta } from '../../src/lib/newsletter/laposta.ts';
import { makeLog } from '../../src/lib/newsletter/log.ts';
import { signUp, type Submission } from '../../src/lib/newsletter/sign-up.ts';

export default async (request: Request): Promise<Response> => {
  const { payload } = (await request.json()) as { payload?: Submission };
  if (payload?.form_name !== SIGNUP_FORM) return new Response(null, { status: 204 });
  const config = newsletterConfig(process.env);
  const log = makeLog('aanmelding', config.secrets);
  const missing = missingForMembers(process.env);
  if (missing.length > 0) {
    log(`Niet ingesteld in Netlify: ${missing.join(', ')}. De aanmelding staat in Netlify Forms; voeg haar later toe met npm run nieuwsbrief:bijwerken.`);
    return new Response(null, { status: 204 });
  }
  await signUp(payload, laposta(config.laposta), log);
  return new Response(null, { status: 204 });
};
