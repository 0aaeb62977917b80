/** Meetings grouped by the month they start in, in the order given: the agenda's headings. */
import { monthText } from './words.ts';
import type { Moment } from './when.ts';

export function byMonth<T extends { data: { start: Moment } }>(
  meetings: readonly T[],
): Array<{ month: string; key: string; items: T[] }> {
  const groups: Array<{ month: string; key: string; items: T[] }> = [];
  for (const meeting of meetings) {
    const key = meeting.data.start.day.slice(0, 7);
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(meeting);
    else groups.push({ key, month: monthText(meeting.data.start), items: [meeting] });
  }
  return groups;
}
