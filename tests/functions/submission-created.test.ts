/**
 * netlify/functions/submission-created.mts, run by Netlify's local emulation for every form post
 * (tests/helpers/site-functions.ts): a newsletter sign-up is passed on to Laposta with its IP
 * address and page, or kept when Laposta is down; and npm run nieuwsbrief:bijwerken adds what
 * Netlify Forms kept afterwards.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { STAND_IN_SITE, STAND_IN_TOKEN } from '../helpers/netlify-api-stand-in';
import {
  expectCleanLogs,
  keepLogLines,
  laposta,
  logs,
  netlifyApi,
  postSignUp,
  RESIDENT,
  server,
  useSiteFunctions,
} from '../helpers/site-functions';

useSiteFunctions();

const execFileAsync = promisify(execFile);

describe('sign-ups', () => {
  test('a sign-up is passed on to the double opt-in list with its IP address and page; another form is not', async () => {
    await postSignUp({ email: RESIDENT, toestemming: 'ja' });
    await fetch(`${server.url}/ideeen/bedankt/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        'form-name': 'idee',
        idee: 'Meer bankjes',
        email: 'ander@voorbeeld.example',
        toestemming: 'ja',
      }),
    });
    expect(laposta.members).toEqual([
      {
        member_id: expect.any(String),
        list_id: laposta.listId,
        email: RESIDENT,
        state: 'unconfirmed',
        ip: '127.0.0.1',
        source_url: 'https://www.westwint.nl/nieuwsbrief/',
      },
    ]);
    expect(logs.filter((line) => line.startsWith('[aanmelding]'))).toEqual([
      '[aanmelding] Aanmelding doorgegeven aan Laposta; Laposta stuurt de bevestigingsmail.',
    ]);
  });

  test('Laposta down: the submission is kept, the log names the failure without the address, and nieuwsbrief:bijwerken catches up', async () => {
    laposta.failNext('member', 503);
    const response = await postSignUp({ email: RESIDENT, toestemming: 'ja' });
    expect(response.status).toBe(200);
    expect(server.submissions.at(-1)?.fields).toMatchObject({
      'form-name': 'nieuwsbrief-aanmelding',
      email: RESIDENT,
    });
    expect(laposta.members).toEqual([]);
    const line = logs.find((l) => l.startsWith('[aanmelding]'));
    expect(line).toMatch(
      /^\[aanmelding\] Aanmelding niet doorgegeven: geen duidelijk antwoord van de maildienst: POST \/member: HTTP 503\. Ze is bewaard; elk uur/,
    );

    // What Netlify Forms kept, read back through Netlify's API by the catch-up command; one sign-up is there already.
    await postSignUp({ email: 'al-aangemeld@voorbeeld.example', toestemming: 'ja' });
    netlifyApi.forms.set('nieuwsbrief-aanmelding', [
      {
        data: {
          email: RESIDENT,
          toestemming: 'ja',
          ip: '192.0.2.7',
          referrer: 'https://www.westwint.nl/volgen/',
        },
      },
      {
        data: {
          email: 'al-aangemeld@voorbeeld.example',
          toestemming: 'ja',
          ip: '192.0.2.8',
          referrer: 'https://www.westwint.nl/nieuwsbrief/',
        },
      },
    ]);
    // Not spawnSync: the stand-ins answer from this process.
    const run = await execFileAsync(process.execPath, ['scripts/nieuwsbrief-bijwerken.mjs'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NETLIFY_AUTH_TOKEN: STAND_IN_TOKEN,
        NETLIFY_SITE_ID: STAND_IN_SITE,
        NETLIFY_API_URL: netlifyApi.url,
      },
    });
    const printed = [...run.stdout.split('\n'), ...run.stderr.split('\n')].filter(Boolean);
    keepLogLines(printed);
    expect(laposta.members.map((m) => [m.email, m.ip, m.source_url])).toEqual([
      ['al-aangemeld@voorbeeld.example', '127.0.0.1', 'https://www.westwint.nl/nieuwsbrief/'],
      [RESIDENT, '192.0.2.7', 'https://www.westwint.nl/volgen/'],
    ]);
    expect(run.stdout).toContain(
      '2 aanmeldingen gelezen: 1 toegevoegd (Laposta stuurt hun de bevestigingsmail), 1 stonden er al, 0 overgeslagen (zonder e-mailadres of toestemming), 0 geweigerd (geen geldig e-mailadres), 0 mislukt.',
    );
  });
});

test('no line of any run above shows an API key, a hook address or an e-mail address', () =>
  expectCleanLogs(3));
