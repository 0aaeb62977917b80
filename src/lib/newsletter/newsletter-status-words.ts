/**
 * The newsletter's state in the editor's words (newsletterText in src/strings.ts): one line per
 * edition of the last 90 days, a summary for the panel's button, and a line on the sign-ups.
 * Pure, so the unit tests read what an editor reads.
 */
import { newsletterText } from '../../strings/newsletter.ts';
import { formatDate, formatMoment, startOfAmsterdamDay } from '../dates/amsterdam.ts';
import type { EditionStatus, NewsletterStatus } from './newsletter-status.ts';
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
  tone: 'good' | 'busy' | 'attention';
}

export function editionWords(e: EditionStatus, now: Date): EditionWords {
  const title = e.title ?? `Editie ${e.edition}`;
  const heading = e.date ? `${title} (${formatDate(startOfAmsterdamDay(e.date))})` : title;
  const moment = (iso: string | undefined) => formatMoment(new Date(iso ?? e.at), now);
  switch (e.state) {
    case 'sent':
      return { heading, state: panel.sent(moment(e.at), e.subscribers), tone: 'good' };
    case 'draft':
      return { heading, state: panel.concept, tone: 'busy' };
    case 'waiting':
      return { heading, state: panel.waiting(moment(e.next)), tone: 'busy' };
    case 'claimed':
      return { heading, state: panel.busy, tone: 'busy' };
    case 'failed':
      return { heading, state: panel.retry(moment(e.next), e.reason ?? ''), tone: 'busy' };
    case 'unknown':
      return { heading, state: panel.unknown, help: panel.unknownHelp, tone: 'attention' };
    case 'gave-up':
      return {
        heading,
        state: panel.gaveUp,
        help: panel.gaveUpHelp(e.triedDays ?? 0, e.reason ?? ''),
        tone: 'attention',
      };
    case 'archived':
      return { heading, state: panel.notMailed(e.reason ?? ''), tone: 'good' };
    case 'skipped':
      return { heading, state: panel.notMailedOff, tone: 'good' };
  }
}

/** The panel's button: plain, or saying something is retried or needs a person. */
export function summaryWords(
  status: NewsletterStatus,
  now: Date,
): { text: string; tone: EditionWords['tone'] } {
  const tones = status.editions.map((e) => editionWords(e, now).tone);
  if (tones.includes('attention')) return { text: panel.summaryAttention, tone: 'attention' };
  if (status.editions.some((e) => e.state === 'failed')) return { text: panel.summaryRetrying, tone: 'busy' };
  return { text: panel.summary, tone: 'good' };
}

/** The sign-ups: how many wait since when, and how many were dropped for age. */
export function signUpWords(signUps: NewsletterStatus['signUps'], now: Date): string[] {
  const waiting =
    signUps.waiting > 0 && signUps.since
      ? panel.signUpsWaiting(signUps.waiting, formatMoment(new Date(signUps.since), now))
      : panel.signUpsNone;
  return signUps.expired > 0 ? [waiting, panel.signUpsExpired(signUps.expired, SIGN_UP_MAX_DAYS)] : [waiting];
}
