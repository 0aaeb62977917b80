/**
 * The scheduled build (src/lib/publishing/scheduled-build.ts): /geplande-dagen.json read back, and
 * the build hook called once on a day an item waits for. The function itself:
 * tests/functions/geplande-publicatie.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildIfSomethingIsWaiting, readWaitingDaysFile } from '../../src/lib/publishing/scheduled-build';

describe('readWaitingDaysFile', () => {
  it('reads /geplande-dagen.json back, and says what is wrong with a file that is not as the build writes it', () => {
    expect(readWaitingDaysFile({ days: ['2026-12-07'] })).toEqual(['2026-12-07']);
    expect(() => readWaitingDaysFile({ days: ['morgen'] })).toThrow('JJJJ-MM-DD');
  });
});

describe('buildIfSomethingIsWaiting', () => {
  const days = new Set<string>();
  const scheduled = (startBuild: () => Promise<void>, waitingDays = ['2026-12-07']) =>
    buildIfSomethingIsWaiting({
      waitingDays,
      today: '2026-12-07',
      recordDay: async (day) => !days.has(day) && Boolean(days.add(day)),
      forgetDay: async (day) => void days.delete(day),
      startBuild,
      log: () => {},
    });

  it('a build hook that fails leaves the day free for the other run of the night', async () => {
    days.clear();
    expect(await scheduled(() => Promise.reject(new Error('HTTP 500')))).toBe('failed');
    expect(await scheduled(async () => {})).toBe('started');
    expect(await scheduled(async () => {})).toBe('already-started');
    expect(await scheduled(async () => {}, ['2026-12-08'])).toBe('nothing-waiting');
  });
});
