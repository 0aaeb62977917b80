/**
 * The newsletter's state in the editor's words (src/lib/newsletter/newsletter-status-words.ts):
 * what the panel in the editor says of each edition, of all of them, and of the sign-ups.
 */
import { describe, expect, it } from 'vitest';
import { editionWords, signUpWords, summaryWords } from '../../src/lib/newsletter/newsletter-status-words';

const at = (iso: string) => new Date(iso);

describe('in the editor’s words', () => {
  it('sent at 08:00 to 812 subscribers, a concept, the morning, a retry with its time and reason, and what a person does', () => {
    const now = at('2026-12-01T10:00:00Z');
    const e = {
      edition: 9,
      title: 'Nieuwsbrief Heilust, editie 9',
      date: '2026-12-01',
      at: '2026-12-01T07:00:00.000Z',
    };
    expect(editionWords({ ...e, state: 'sent', subscribers: 812 }, now)).toEqual({
      heading: 'Nieuwsbrief Heilust, editie 9 (1 december 2026)',
      state: 'Verstuurd om 08:00 aan 812 abonnees.',
      tone: 'good',
    });
    expect(
      editionWords({ ...e, state: 'sent', at: '2026-11-28T07:00:00.000Z', subscribers: 1 }, now).state,
    ).toBe('Verstuurd op 28 november 2026 om 08:00 aan 1 abonnee.');
    expect(editionWords({ ...e, state: 'draft' }, now).state).toMatch(
      /^Staat klaar als concept in Laposta\./,
    );
    expect(editionWords({ ...e, state: 'waiting', next: '2026-12-02T07:00:00.000Z' }, now).state).toBe(
      'Staat online; de mail gaat op 2 december 2026 om 08:00 naar de abonnees, niet midden in de nacht.',
    );
    expect(
      editionWords(
        { ...e, state: 'failed', next: '2026-12-01T11:00:00.000Z', reason: 'Laposta gaf geen antwoord' },
        now,
      ),
    ).toMatchObject({
      state: 'Wordt opnieuw geprobeerd (volgende poging om 12:00). Reden: Laposta gaf geen antwoord.',
      tone: 'busy',
    });
    expect(editionWords({ ...e, state: 'unknown', reason: 'x' }, now)).toMatchObject({
      state: 'Niet verstuurd, kijk in Laposta.',
      tone: 'attention',
      help: expect.stringContaining('Kijk in Laposta bij Campagnes'),
    });
    expect(
      editionWords({ ...e, state: 'gave-up', reason: 'Laposta gaf geen antwoord', triedDays: 7 }, now).help,
    ).toMatch(/^Het versturen lukte 7 dagen lang niet\. Laatste reden: Laposta gaf geen antwoord\./);
    expect(
      editionWords({ ...e, state: 'archived', reason: 'stond al online toen het mailen begon' }, now).state,
    ).toBe('Niet gemaild: stond al online toen het mailen begon.');
    expect(editionWords({ ...e, state: 'skipped' }, now).state).toMatch(
      /^Niet gemaild: het versturen stond uit/,
    );

    const signUps = { waiting: 0, expired: 0 };
    expect(summaryWords({ editions: [{ ...e, state: 'sent' }], signUps }, now).text).toBe('Nieuwsbrief');
    expect(
      summaryWords(
        {
          editions: [
            { ...e, state: 'sent' },
            { ...e, state: 'failed' },
          ],
          signUps,
        },
        now,
      ).text,
    ).toBe('Nieuwsbrief: wordt opnieuw geprobeerd');
    expect(
      summaryWords(
        {
          editions: [
            { ...e, state: 'failed' },
            { ...e, state: 'unknown' },
          ],
          signUps,
        },
        now,
      ).text,
    ).toBe('Nieuwsbrief: let op');
    expect(signUpWords(signUps, now)).toEqual(['Er wachten geen aanmeldingen op Laposta.']);
    expect(signUpWords({ waiting: 2, since: '2026-12-01T08:30:00.000Z', expired: 1 }, now)).toEqual([
      '2 aanmeldingen wachten op Laposta, de oudste sinds 09:30. Ze worden elk uur opnieuw doorgegeven; u hoeft niets te doen.',
      '1 aanmelding kon 30 dagen lang niet worden doorgegeven en is vervallen.',
    ]);
  });
});
