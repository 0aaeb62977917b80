/**
 * What the site asks of a mailing service: add a member to the list (the service sends the
 * confirmation mail of its double opt-in), and announce an edition with a campaign. Laposta
 * implements it (laposta.ts); another service can be added beside it without touching the rest.
 */
import { newsletterText } from '../../strings/newsletter.ts';
import { redact } from '../functions/log.ts';

export interface NewMember {
  email: string;
  /** The address the sign-up came from, which the service records as proof of consent. */
  ip: string;
  /** The page the sign-up was sent from. */
  sourceUrl: string;
}

export interface Campaign {
  id: string;
  name: string;
  /** Sending was requested or has happened. */
  sent: boolean;
  /** When sending started, or was asked for, as the service reports it. */
  sentAt?: Date;
}

export interface NewCampaign {
  /** The campaign's name in the service: one per edition, so it can be found again. */
  name: string;
  subject: string;
}

export interface MailingService {
  /** Adds a member; an address already on the list is left as it is. */
  subscribe(member: NewMember): Promise<'added' | 'already-listed'>;
  findCampaign(name: string): Promise<Campaign | null>;
  /** One campaign as it is now: whether the staff sent it. */
  campaign(id: string): Promise<Campaign>;
  /** How many confirmed subscribers the list has now. */
  activeSubscribers(): Promise<number>;
  createCampaign(campaign: NewCampaign): Promise<Campaign>;
  /** Fills the campaign with the page at this address, which the service fetches. */
  fillCampaign(id: string, pageUrl: string): Promise<void>;
  sendTestMail(id: string, email: string): Promise<void>;
  send(id: string): Promise<void>;
}

/** The service answered and refused: nothing was done. Safe to try again. */
export class RefusedError extends Error {
  readonly status: number;
  /** The service's own error code, when it gives one. */
  readonly code: number | undefined;
  /** The field the service refused, when it names one. */
  readonly parameter: string | undefined;

  constructor(status: number, detail: string, code?: number, parameter?: string) {
    super(`de maildienst weigerde (HTTP ${status}): ${detail}`);
    this.name = 'RefusedError';
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }
}

/** The service refused the address itself (empty, or not an e-mail address): trying again cannot help. */
export function refusesTheAddress(error: unknown): boolean {
  return (
    error instanceof RefusedError &&
    error.status === 400 &&
    (error.parameter === 'email' || error.code === 208)
  );
}

/** No clear answer (unreachable, too slow, an error on the service's side): what happened is unknown. */
export class NoAnswerError extends Error {
  constructor(detail: string) {
    super(`geen duidelijk antwoord van de maildienst: ${detail}`);
    this.name = 'NoAnswerError';
  }
}

/** Why a call failed, in words an editor understands (shown in /admin/; never an address). */
export function plainReason(error: unknown): string {
  const { reasons } = newsletterText;
  if (error instanceof NoAnswerError) return reasons.noAnswer;
  if (error instanceof RefusedError) {
    if (error.status === 401 || error.status === 403) return reasons.key;
    if (error.status === 429) return reasons.busy;
    return reasons.refused(redact(error.message.replace(/^de maildienst weigerde /, '')));
  }
  return redact((error as Error).message ?? String(error));
}
