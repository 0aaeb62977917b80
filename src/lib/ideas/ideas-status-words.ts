/**
 * The ideas' state in the editor's words (src/strings/ideas-panel.ts): the panel's button and its
 * lines, from /admin/status.json (ideas-status.ts) and /admin/ideeen.json (waiting.ts). Pure, so
 * the unit tests read what an editor reads.
 */
import { ideasPanelText as text } from '../../strings/ideas-panel.ts';
import { formatDate, formatMoment, startOfAmsterdamDay } from '../dates/amsterdam.ts';
import type { IdeasStatus } from './ideas-status.ts';
import { NEEDS_PERSON_AFTER_DAYS, tokenExpiresSoon } from './rules.ts';
import type { WaitingIdeas } from './waiting.ts';

export interface IdeasWords {
  summary: string;
  /** Nothing to do, being retried, or for a person. */
  tone: 'good' | 'busy' | 'attention';
  lines: string[];
}

export function ideasWords(status: IdeasStatus | null, waiting: WaitingIdeas | null, now: Date): IdeasWords {
  const lines: string[] = [];
  if (waiting) {
    lines.push(
      waiting.waiting > 0 && waiting.oldestReceived
        ? text.waiting(waiting.waiting, formatDate(startOfAmsterdamDay(waiting.oldestReceived)))
        : text.noneWaiting,
      text.asPublished,
    );
  }
  let tone: IdeasWords['tone'] = 'good';
  if (status?.problem) {
    lines.push(text.problem(status.problem.reason));
    tone = 'attention';
  }
  if (status && status.kept > 0 && status.since) {
    const kept = text.kept(status.kept, formatMoment(new Date(status.since), now));
    lines.push(status.problem || status.needPerson > 0 ? kept : `${kept} ${text.keptNoAction}`);
    if (tone === 'good') tone = 'busy';
  }
  if (status && status.needPerson > 0) {
    lines.push(text.needPerson(status.needPerson, NEEDS_PERSON_AFTER_DAYS));
    tone = 'attention';
  }
  if (status?.tokenExpiresAt && tokenExpiresSoon(status.tokenExpiresAt, now)) {
    const day = formatDate(new Date(status.tokenExpiresAt));
    lines.push(
      Date.parse(status.tokenExpiresAt) <= now.getTime() ? text.tokenExpired(day) : text.tokenExpires(day),
    );
    tone = 'attention';
  }
  const summary =
    tone === 'attention' ? text.summaryAttention : tone === 'busy' ? text.summaryRetrying : text.summary;
  return { summary, tone, lines };
}
