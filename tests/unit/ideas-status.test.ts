/**
 * What the editor is told of the ideas: the facts /admin/status.json gives (src/lib/ideas/ideas-status.ts),
 * the count /admin/ideeen.json gives (waiting.ts), and the panel's words (ideas-status-words.ts).
 * Counts and times only: never an idea's words, a reference or a submission.
 */
import { describe, expect, it } from 'vitest';
import { readIdeasStatus } from '../../src/lib/ideas/ideas-status';
import { ideasWords } from '../../src/lib/ideas/ideas-status-words';
import { markerOf, PROBLEM_KEY, TOKEN_KEY } from '../../src/lib/ideas/records';
import { readWaitingIdeas, waitingIdeas } from '../../src/lib/ideas/waiting';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { memoryStore } from '../helpers/memory-store';

const DAY = 86_400_000;
const now = new Date('2026-12-10T09:00:00Z');

describe('the facts in /admin/status.json', () => {
  it('count the kept ideas from their markers: the oldest, and those over a week', async () => {
    const store = memoryStore();
    expect(await readIdeasStatus(store, now)).toEqual({ kept: 0, needPerson: 0 });
    await store.setJSON(markerOf(new Date(now.getTime() - 8 * DAY), 'oud'), {});
    await store.setJSON(markerOf(new Date(now.getTime() - DAY), 'nieuw'), {});
    await store.setJSON('submission/oud', { state: 'kept', confirmed: { idea: 'Geheime woorden' } });
    await store.setJSON(PROBLEM_KEY, {
      reason: 'niet ingesteld in Netlify: GITHUB_TOKEN',
      at: now.toISOString(),
    });
    await store.setJSON(TOKEN_KEY, { expiresAt: '2026-12-20T12:00:00.000Z' });
    const status = await readIdeasStatus(store, now);
    expect(status).toEqual({
      kept: 2,
      since: new Date(now.getTime() - 8 * DAY).toISOString(),
      needPerson: 1,
      problem: { reason: 'niet ingesteld in Netlify: GITHUB_TOKEN', at: now.toISOString() },
      tokenExpiresAt: '2026-12-20T12:00:00.000Z',
    });
    expect(JSON.stringify(status)).not.toMatch(/Geheime|oud|nieuw/);
  });
});

describe('the count in /admin/ideeen.json', () => {
  const idea = (status: string, day: string) => ({ data: { status, received: startOfAmsterdamDay(day) } });

  it('counts the ideas waiting for an answer, with the day of the oldest', () => {
    expect(
      waitingIdeas([
        idea('uitgevoerd', '2016-03-14'),
        idea('ontvangen', '2026-11-30'),
        idea('ontvangen', '2026-10-02'),
        idea('in-behandeling', '2026-09-01'),
      ]),
    ).toEqual({ waiting: 2, oldestReceived: '2026-10-02' });
    expect(waitingIdeas([idea('uitgevoerd', '2016-03-14')])).toEqual({ waiting: 0 });
  });

  it('is read back by the panel, and anything else is no count', () => {
    expect(readWaitingIdeas({ waiting: 2, oldestReceived: '2026-10-02' })).toEqual({
      waiting: 2,
      oldestReceived: '2026-10-02',
    });
    expect(readWaitingIdeas({ waiting: 0 })).toEqual({ waiting: 0 });
    expect(readWaitingIdeas({ waiting: -1 })).toBeNull();
    expect(readWaitingIdeas('<html>')).toBeNull();
    expect(readWaitingIdeas({ waiting: 1, oldestReceived: '<script>' })).toEqual({ waiting: 1 });
  });
});

describe("the panel, in the editor's words", () => {
  it('all well: how many wait for an answer, since when', () => {
    expect(ideasWords({ kept: 0, needPerson: 0 }, { waiting: 3, oldestReceived: '2026-11-02' }, now)).toEqual(
      {
        summary: 'Ideeën',
        tone: 'good',
        lines: [
          '3 ideeën wachten op antwoord. Het oudste kwam binnen op 2 november 2026.',
          'Zo stond het bij de laatste publicatie. Nieuwere ideeën staan al wel in de lijst Ideeën.',
        ],
      },
    );
    expect(ideasWords(null, { waiting: 0 }, now).lines[0]).toBe('Er wacht geen idee op antwoord.');
    expect(
      ideasWords({ kept: 0, needPerson: 0, tokenExpiresAt: '2027-06-30T12:00:00.000Z' }, null, now),
    ).toEqual({
      summary: 'Ideeën',
      tone: 'good',
      lines: [],
    });
  });

  it('kept and retried: nothing to do', () => {
    const since = new Date(now.getTime() - 2 * 3_600_000).toISOString();
    expect(ideasWords({ kept: 1, since, needPerson: 0 }, null, now)).toEqual({
      summary: 'Ideeën: worden opnieuw geprobeerd',
      tone: 'busy',
      lines: [
        '1 idee kon nog niet in de lijst Ideeën worden gezet. Het oudste kwam binnen om 08:00. De site probeert het vanzelf opnieuw. U hoeft niets te doen.',
      ],
    });
  });

  it('a week, a setting, a token that expires: for a person', () => {
    const words = ideasWords(
      {
        kept: 2,
        since: new Date(now.getTime() - 8 * DAY).toISOString(),
        needPerson: 1,
        problem: { reason: 'niet ingesteld in Netlify: GITHUB_TOKEN', at: now.toISOString() },
        tokenExpiresAt: '2026-12-20T12:00:00.000Z',
      },
      null,
      now,
    );
    expect(words.summary).toBe('Ideeën: let op');
    expect(words.tone).toBe('attention');
    expect(words.lines).toEqual([
      'Een instelling klopt niet. De site meldt: niet ingesteld in Netlify: GITHUB_TOKEN. Vraag de beheerder om dit in Netlify te regelen. Tot dan bewaart de site nieuwe ideeën.',
      '2 ideeën konden nog niet in de lijst Ideeën worden gezet. Het oudste kwam binnen op 2 december 2026 om 10:00. De site probeert het vanzelf opnieuw.',
      '1 idee wacht al meer dan 7 dagen. Vraag de beheerder om te kijken. Er gaat niets verloren: de site bewaart het, en Netlify Forms ook.',
      'De sleutel waarmee de site ideeën in GitHub zet (GITHUB_TOKEN), verloopt op 20 december 2026. Vraag de beheerder om op tijd een nieuwe te maken.',
    ]);
    expect(
      ideasWords({ kept: 0, needPerson: 0, tokenExpiresAt: '2026-12-01T00:00:00.000Z' }, null, now).lines,
    ).toEqual([
      'De sleutel waarmee de site ideeën in GitHub zet (GITHUB_TOKEN), is verlopen op 1 december 2026. Vraag de beheerder om een nieuwe te maken.',
    ]);
  });
});
