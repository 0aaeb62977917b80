/**
 * netlify/functions/geplande-publicatie.mts, on its schedule, run by Netlify's local emulation
 * (tests/helpers/site-functions.ts): the build hook is called only on a day an item waits
 * for, once.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  buildHookCalls,
  expectCleanLogs,
  logs,
  server,
  site,
  today,
  useSiteFunctions,
} from '../helpers/site-functions';

useSiteFunctions();

describe('scheduled publishing', () => {
  const runSchedule = () => fetch(`${server.url}/.netlify/functions/geplande-publicatie`, { method: 'POST' });

  test('the build hook is called on a day an item waits for, once, and not on another day', async () => {
    writeFileSync(join(site, 'geplande-dagen.json'), JSON.stringify({ days: ['2099-01-01'] }));
    await runSchedule();
    expect(buildHookCalls()).toBe(0);

    writeFileSync(join(site, 'geplande-dagen.json'), JSON.stringify({ days: [today, '2099-01-01'] }));
    await runSchedule();
    expect(buildHookCalls(), logs.join('\n')).toBe(1);
    // The second run of the night (22:05 and 23:05 UTC) finds the day started.
    await runSchedule();
    expect(buildHookCalls()).toBe(1);
  });
});

test('no line of any run above shows an API key, a hook address or an e-mail address', () =>
  expectCleanLogs(3));
