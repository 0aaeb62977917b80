/** A meeting's time from text, as a meeting's front matter writes it, for the agenda's unit tests. */
import { meetingTime, readMoment, type Moment } from '../../src/lib/agenda/when';

export const moment = (text: string): Moment => {
  const read = readMoment(text);
  if ('problem' in read) throw new Error(read.problem);
  return read;
};

export const when = (start: string, end?: string) =>
  meetingTime({ start: moment(start), end: end ? moment(end) : undefined });
