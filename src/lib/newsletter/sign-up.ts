/**
 * One newsletter sign-up, as Netlify Forms stored it, passed on to the mailing service: by the
 * submission-created function as it arrives, and by `npm run nieuwsbrief:bijwerken` afterwards.
 */
import { CONSENT_VALUE } from '../forms/fields.ts';
import type { Log } from './log.ts';
import type { MailingService } from './mailing-service.ts';

/** A submission as Netlify sends it to a function and returns it from its API. */
export interface Submission {
  form_name?: string;
  created_at?: string;
  /** The form's fields, and what Netlify adds: the visitor's ip, user_agent and referrer. */
  data: Record<string, string | undefined>;
}

export type SignUpResult = 'added' | 'already-listed' | 'failed' | 'skipped';

export async function signUp(submission: Submission, service: MailingService, log: Log): Promise<SignUpResult> {
  const { email, ip, referrer, toestemming } = submission.data;
  if (!email?.trim() || toestemming !== CONSENT_VALUE) {
    log('Een aanmelding zonder e-mailadres of zonder toestemming is overgeslagen.');
    return 'skipped';
  }
  try {
    const result = await service.subscribe({ email: email.trim(), ip: ip ?? '', sourceUrl: referrer ?? '' });
    log(result === 'added' ? 'Aanmelding doorgegeven aan Laposta; Laposta stuurt de bevestigingsmail.' : 'Aanmelding stond al op de lijst; niets veranderd.');
    return result;
  } catch (error) {
    log(`Aanmelding niet doorgegeven: ${(error as Error).message}. Ze staat in Netlify Forms; npm run nieuwsbrief:bijwerken voegt haar later toe.`);
    return 'failed';
  }
}
