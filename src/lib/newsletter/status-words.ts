/**
 * The newsletter's state in the editor's words (newsletterText in src/strings.ts): one line per
 * edition of the last 90 days, a summary for the panel's button, and a line on the sign-ups.
 * Pure, so the unit tests read what an editor reads.
 */
import { newsletterText } from '../../strings/newsletter.ts';
import { formatDate, formatMoment, startOfAmsterdamDay } from '../dates/amsterdam.ts';
import type { EditionStatus, NewsletterStatus } from './status.ts';
import { SIGN_UP_MAX_DAYS } from './rules.ts';

const { panel } = newsletterText;

export interface EditionWords {
  /** "Nieuwsbrief Heilust, editie 9 (1 december 2026)" */
  heading: string;
  /** What became of its mail. */
  state: string;
  /** What to do, when a person has to act. */
  help?: string;
  /** How the panel marks it: nothing to do, being retried, or for a person. */
  tone: 'goed' | 'bezig' | 'let-op';
}

export function editionWords(e: EditionStatus, now: Date): EditionWords {
  const title = e.title ?? `Editie ${e.edition}`;
  const heading = e.date ? `${title} (${formatDate(startOfAmsterdamDay(e.date))})` : title;
  const moment = (iso: string | undefined) => formatMoment(new Date(iso ?? e.at), now);
  switch (e.state) {
    case 'verzonden':
      return { heading, state: panel.sent(moment(e.at), e.subscribers), tone: 'goed' };
    case 'concept':
      return { heading, state: panel.concept, tone: 'bezig' };
    case 'wacht':
      return { heading, state: panel.waiting(moment(e.next)), tone: 'bezig' };
    case 'bezig':
      return { heading, state: panel.busy, tone: 'bezig' };
    case 'mislukt':
      return { heading, state: panel.retry(moment(e.next), e.reason ?? ''), tone: 'bezig' };
    case 'onbekend':
      return { heading, state: panel.unknown, help: panel.unknownHelp, tone: 'let-op' };
    case 'opgegeven':
      return {
        heading,
        state: panel.gaveUp,
        help: panel.gaveUpHelp(e.triedDays ?? 0, e.reason ?? ''),
        tone: 'let-op',
      };
    case 'archief':
      return { heading, state: panel.notMailed(e.reason ?? ''), tone: 'goed' };
    case 'overgeslagen':
      return { heading, state: panel.notMailedOff, tone: 'goed' };
  }
}

/** The panel's button: plain, or saying something is retried or needs a person. */
export function summaryWords(
  status: NewsletterStatus,
  now: Date,
): { text: string; tone: EditionWords['tone'] } {
  const tones = status.editions.map((e) => editionWords(e, now).tone);
  if (tones.includes('let-op')) return { text: panel.summaryAttention, tone: 'let-op' };
  if (status.editions.some((e) => e.state === 'mislukt'))
    return { text: panel.summaryRetrying, tone: 'bezig' };
  return { text: panel.summary, tone: 'goed' };
}

/** The sign-ups: how many wait since when, and how many were dropped for age. */
export function signUpWords(signUps: NewsletterStatus['signUps'], now: Date): string[] {
  const waiting =
    signUps.waiting > 0 && signUps.since
      ? panel.signUpsWaiting(signUps.waiting, formatMoment(new Date(signUps.since), now))
      : panel.signUpsNone;
  return signUps.expired > 0 ? [waiting, panel.signUpsExpired(signUps.expired, SIGN_UP_MAX_DAYS)] : [waiting];
}
