/**
 * Where an idea stands: the values editors write in content/ideeen/ (src/lib/content/types/ideas.ts),
 * and what residents and editors read.
 */
export const IDEA_STATUS_LABELS = {
  ontvangen: 'Ontvangen',
  'in-behandeling': 'In behandeling',
  'wordt-uitgevoerd': 'Wordt uitgevoerd',
  uitgevoerd: 'Uitgevoerd',
  'niet-uitgevoerd': 'Niet uitgevoerd',
} as const;
export type IdeaStatus = keyof typeof IDEA_STATUS_LABELS;

/** Received, not yet answered: every other status is an answer. */
export const WAITING: IdeaStatus = 'ontvangen';
export const isAnswer = (status: string): boolean => status !== WAITING;
