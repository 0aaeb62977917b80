/**
 * /admin/ideeen.json, written by the build (src/pages/admin/ideeen.json.ts): how many ideas wait
 * for an answer and since which day, for the editor's panel. Every idea that is not a draft
 * counts, shown or not. A count and a day only: never a reference, an idea's words or a project.
 */
import { amsterdamDay } from '../dates/amsterdam.ts';
import { WAITING } from './status.ts';

export interface WaitingIdeas {
  waiting: number;
  /** The day the oldest waiting idea came in, JJJJ-MM-DD. */
  oldestReceived?: string;
}

export function waitingIdeas(
  ideas: ReadonlyArray<{ data: { status: string; received: Date } }>,
): WaitingIdeas {
  const days = ideas
    .filter((idea) => idea.data.status === WAITING)
    .map((idea) => amsterdamDay(idea.data.received))
    .sort();
  return { waiting: days.length, ...(days[0] ? { oldestReceived: days[0] } : {}) };
}

/** The file as the panel reads it; null when it is not one. */
export function readWaitingIdeas(data: unknown): WaitingIdeas | null {
  const { waiting, oldestReceived } = (data ?? {}) as Partial<Record<keyof WaitingIdeas, unknown>>;
  if (typeof waiting !== 'number' || !Number.isInteger(waiting) || waiting < 0) return null;
  return {
    waiting,
    ...(typeof oldestReceived === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(oldestReceived)
      ? { oldestReceived }
      : {}),
  };
}
