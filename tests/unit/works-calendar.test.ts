/**
 * "Zet in mijn agenda" for works (src/lib/works/calendar-file.ts), read back by ical.js, the
 * parser the agenda's tests use: one all-day event for the whole period, DTEND the day after the
 * last day, the agenda's UID, SEQUENCE and cancelling.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sequenceOf } from '../../src/lib/agenda/ical';
import type { Works } from '../../src/lib/content/types/works';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { worksCalendar } from '../../src/lib/works/calendar-file';

const SITE = new URL('https://www.westwint.nl');
const NOW = new Date('2026-12-05T10:00:00Z');

const works = (data: Record<string, unknown> = {}) =>
  ({
    id: 'nieuwe-riolering-geraniumstraat',
    data: {
      title: 'Nieuwe riolering in de Geraniumstraat',
      summary: 'De straat is dicht voor auto’s.',
      start: startOfAmsterdamDay('2027-03-22'),
      end: startOfAmsterdamDay('2027-04-02'),
      streets: ['Geraniumstraat', 'Kampstraat'],
      effects: [],
      projects: [],
      ...data,
    },
  }) as unknown as Works;

function event(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const component = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, component, event: new ICAL.Event(component) };
}

describe('works in a calendar', () => {
  it('one all-day event over the whole period, across the clock change, DTEND the day after the last day', () => {
    const text = worksCalendar(works(), SITE, 'West wint aan ruimte', NOW);
    expect(text).toContain('DTSTART;VALUE=DATE:20270322');
    expect(text).toContain('DTEND;VALUE=DATE:20270403');
    const { calendar, event: read } = event(text);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(read.startDate.isDate).toBe(true);
    expect(read.startDate.toString()).toBe('2027-03-22');
    expect(read.endDate.toString()).toBe('2027-04-03');
    expect(read.summary).toBe('Nieuwe riolering in de Geraniumstraat');
    expect(read.location).toBe('Geraniumstraat en Kampstraat, Kerkrade');
    expect(read.uid).toBe('werkzaamheden-nieuwe-riolering-geraniumstraat@westwint.nl');
    expect(read.description).toContain(
      'https://www.westwint.nl/werkzaamheden/nieuwe-riolering-geraniumstraat/',
    );
    expect(read.sequence).toBe(0);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Werkzaamheden West wint aan ruimte');
  });

  it('moved and called off as the agenda does: the same UID, SEQUENCE grows, STATUS:CANCELLED', () => {
    const updated = startOfAmsterdamDay('2027-03-01');
    const moved = event(
      worksCalendar(
        works({ start: startOfAmsterdamDay('2027-04-12'), end: startOfAmsterdamDay('2027-04-23'), updated }),
        SITE,
        'West wint aan ruimte',
        NOW,
      ),
    );
    const cancelled = event(
      worksCalendar(
        works({ updated, cancelled: 'Uitgesteld tot na de zomer.' }),
        SITE,
        'West wint aan ruimte',
        NOW,
      ),
    );
    expect(moved.event.uid).toBe('werkzaamheden-nieuwe-riolering-geraniumstraat@westwint.nl');
    expect(moved.event.sequence).toBe(sequenceOf(updated, false));
    expect(moved.event.sequence).toBeGreaterThan(0);
    expect(moved.event.startDate.toString()).toBe('2027-04-12');
    expect(moved.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(cancelled.event.uid).toBe(moved.event.uid);
    expect(cancelled.event.sequence).toBe(moved.event.sequence + 1);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.summary).toBe('Afgelast of uitgesteld: Nieuwe riolering in de Geraniumstraat');
    expect(cancelled.event.description).toMatch(/^Uitgesteld tot na de zomer\./);
  });
});
