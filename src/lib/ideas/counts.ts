/**
 * What /ideeen/ says of every idea that is not a draft, public or not: how many came in this
 * year and in all, and where they stand. And which ideas have waited too long for an answer,
 * for the build's warning. Only counts and references: never an idea's words.
 */
import { amsterdamDay, amsterdamYear } from '../dates/amsterdam.ts';
import { IDEA_STATUS_LABELS, isAnswer, WAITING, type IdeaStatus } from './status.ts';

/** What counting reads of an idea (the file, for the warning). */
interface CountedIdea {
  data: { received: Date; status: IdeaStatus };
}

export interface IdeaCounts {
  /** The build's year in Amsterdam. */
  year: number;
  inYear: number;
  total: number;
  answered: number;
  byStatus: Record<IdeaStatus, number>;
}

export function countIdeas(ideas: readonly CountedIdea[], today: string): IdeaCounts {
  const year = Number(today.slice(0, 4));
  const byStatus = Object.fromEntries(Object.keys(IDEA_STATUS_LABELS).map((s) => [s, 0])) as Record<
    IdeaStatus,
    number
  >;
  for (const idea of ideas) byStatus[idea.data.status] += 1;
  return {
    year,
    inYear: ideas.filter((idea) => amsterdamYear(idea.data.received) === year).length,
    total: ideas.length,
    answered: ideas.filter((idea) => isAnswer(idea.data.status)).length,
    byStatus,
  };
}

/** An idea is answered within this many days; the build warns for one that waits longer. */
export const ANSWER_WITHIN_DAYS = 28;

/** Whole days from one Amsterdam day to another (JJJJ-MM-DD), whatever the clock change. */
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The ideas still waiting for an answer after more than ANSWER_WITHIN_DAYS, oldest first, with their age. */
export function waitingTooLong<T extends CountedIdea>(
  ideas: readonly T[],
  today: string,
): Array<{ idea: T; days: number }> {
  return ideas
    .filter((idea) => idea.data.status === WAITING)
    .map((idea) => ({ idea, days: daysFrom(amsterdamDay(idea.data.received), today) }))
    .filter(({ days }) => days > ANSWER_WITHIN_DAYS)
    .sort((a, b) => b.days - a.days);
}
