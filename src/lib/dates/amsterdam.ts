/**
 * Dates in content are calendar days ("2011-12-08"), meant in Amsterdam time.
 * YAML would turn them into UTC midnight and silently roll impossible days over
 * (2011-02-30 becomes 2 March), so content dates are validated as strings first.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written as YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** An instant as a clock in Amsterdam shows it; every field is zero-padded text. */
export interface AmsterdamTime {
  /** "Thu" */
  weekday: string;
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
  second: string;
  /** "+01:00" or "+02:00" */
  offset: string;
}

/**
 * Content dates are whole days, and one day is shown on many pages (lists, feeds, the
 * sitemap); Intl's formatToParts is slow enough to show in a large build, so each instant is
 * worked out once. The cache holds one small object per distinct instant.
 */
const amsterdamTimes = new Map<number, AmsterdamTime>();

export function inAmsterdam(instant: Date): AmsterdamTime {
  const key = instant.getTime();
  let time = amsterdamTimes.get(key);
  if (!time) {
    time = readAmsterdamClock(instant);
    amsterdamTimes.set(key, time);
  }
  return time;
}

function readAmsterdamClock(instant: Date): AmsterdamTime {
  const found = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    weekday: found.weekday ?? '',
    day: found.day ?? '',
    month: found.month ?? '',
    year: found.year ?? '',
    hour: found.hour ?? '00',
    minute: found.minute ?? '00',
    second: found.second ?? '00',
    // "GMT" alone would mean +00:00; Amsterdam never has it, but the format allows it.
    offset: /^GMT([+-]\d{2}:\d{2})$/.exec(found.timeZoneName ?? '')?.[1] ?? '+00:00',
  };
}

/** Offset of Amsterdam from UTC, in minutes, at the given instant. */
function amsterdamOffsetMinutes(instant: Date): number {
  const { offset } = inAmsterdam(instant);
  const [hours = 0, minutes = 0] = offset.slice(1).split(':').map(Number);
  return (offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/** The instant that a calendar day starts in Amsterdam (00:00 local time). */
export function startOfAmsterdamDay(day: string): Date {
  if (!isCalendarDay(day)) throw new Error(`"${day}" is geen bestaande datum (JJJJ-MM-DD)`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, date);
  // The offset at local midnight equals the offset at UTC midnight on every day
  // Amsterdam has had: DST switches happen at 02:00/03:00, never near midnight.
  return new Date(utcMidnight - amsterdamOffsetMinutes(new Date(utcMidnight)) * 60_000);
}

/** The calendar day `days` after (or before) `day`: days are counted, whatever the clock does. */
export function addDays(day: string, days: number): string {
  if (!isCalendarDay(day)) throw new Error(`"${day}" is geen bestaande datum (JJJJ-MM-DD)`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `value` is a time on a 24-hour clock written as HH:MM ("19:30"). */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/**
 * The instant a clock in Amsterdam shows `time` (HH:MM) on `day` (YYYY-MM-DD), or null when the
 * clock never shows it: 02:30 on the night the clocks go forward. On the night they go back,
 * 02:30 comes twice; the first (summer time) is meant, as calendars (RFC 5545) read it.
 */
export function amsterdamInstant(day: string, time: string): Date | null {
  if (!isCalendarDay(day) || !isClockTime(time)) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, date, hour, minute);
  // The offsets a day either side: on a day the clocks change, one of them is the old offset.
  const offsets = new Set([
    amsterdamOffsetMinutes(new Date(asUtc - 86_400_000)),
    amsterdamOffsetMinutes(new Date(asUtc + 86_400_000)),
  ]);
  const shows = (instant: Date) => {
    const clock = inAmsterdam(instant);
    return `${clock.year}-${clock.month}-${clock.day}` === day && `${clock.hour}:${clock.minute}` === time;
  };
  const candidates = [...offsets].map((offset) => new Date(asUtc - offset * 60_000)).filter(shows);
  candidates.sort((a, b) => a.getTime() - b.getTime());
  return candidates[0] ?? null;
}

/** The hour (0–23) a clock in Amsterdam shows at an instant. */
export function amsterdamHour(instant: Date): number {
  return Number(inAmsterdam(instant).hour);
}

/** The Amsterdam calendar day (YYYY-MM-DD) of an instant. */
export function amsterdamDay(instant: Date): string {
  const { year, month, day } = inAmsterdam(instant);
  return `${year}-${month}-${day}`;
}

const dutchLong = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "8 december 2011" */
export function formatDate(instant: Date): string {
  return dutchLong.format(instant);
}

/** "14:32" if `instant` is on the day of `now` in Amsterdam, else "8 december 2011 om 14:32". */
export function formatMoment(instant: Date, now = new Date()): string {
  const { hour, minute } = inAmsterdam(instant);
  const time = `${hour}:${minute}`;
  return amsterdamDay(instant) === amsterdamDay(now) ? time : `${formatDate(instant)} om ${time}`;
}

/** The Amsterdam year of an instant, e.g. for the archive by year. */
export function amsterdamYear(instant: Date): number {
  return Number(amsterdamDay(instant).slice(0, 4));
}

/** An item is published once its day has started in Amsterdam. */
export function isPublishedBy(instant: Date, now: Date): boolean {
  return instant.getTime() <= now.getTime();
}

/** Groups dated items by their Amsterdam year, newest year first, keeping the items' order. */
export function groupByYear<T>(
  items: readonly T[],
  dateOf: (item: T) => Date,
): Array<{ year: number; items: T[] }> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const year = amsterdamYear(dateOf(item));
    const grouped = groups.get(year) ?? [];
    grouped.push(item);
    groups.set(year, grouped);
  }
  return [...groups].sort(([a], [b]) => b - a).map(([year, grouped]) => ({ year, items: grouped }));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * RFC 822 date as RSS wants it, in Amsterdam time with its offset:
 * "Thu, 08 Dec 2011 00:00:00 +0100". Printing UTC instead ("Wed, 07 Dec 2011 23:00:00 GMT")
 * would put an item dated 8 December on the 7th in readers that show the date as written.
 */
export function rfc822InAmsterdam(instant: Date): string {
  const a = inAmsterdam(instant);
  return `${a.weekday}, ${a.day} ${MONTHS[Number(a.month) - 1]} ${a.year} ${a.hour}:${a.minute}:${a.second} ${a.offset.replace(':', '')}`;
}

/** ISO 8601 in Amsterdam time with its offset: "2011-12-08T00:00:00+01:00" (JSON-LD, Open Graph, sitemap). */
export function isoInAmsterdam(instant: Date): string {
  const a = inAmsterdam(instant);
  return `${a.year}-${a.month}-${a.day}T${a.hour}:${a.minute}:${a.second}${a.offset}`;
}
