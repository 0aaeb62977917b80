/**
 * The functions' log lines (src/lib/functions/log.ts): never an e-mail address or a secret.
 */
import { describe, expect, it } from 'vitest';
import { makeLog, redact, secretsOf } from '../../src/lib/functions/log';

describe('log lines', () => {
  it('never show an e-mail address or a secret, whatever the message carried', () => {
    expect(
      redact('Laposta: "Mia.Hermans+nieuws@voorbeeld.example" bestaat al; sleutel abcd1234', ['abcd1234']),
    ).toBe('Laposta: "[e-mailadres]" bestaat al; sleutel [geheim]');
    const lines: string[] = [];
    makeLog('aanmelding', [], (line) => lines.push(line))('fout voor a@b.nl');
    expect(lines).toEqual(['[aanmelding] fout voor [e-mailadres]']);
  });

  it('knows which values a log line must not show', () => {
    expect(
      secretsOf({
        LAPOSTA_LIST_ID: 'l',
        LAPOSTA_AFZENDER_NAAM: 'West',
        LAPOSTA_AFZENDER_EMAIL: 'nieuws@westwint.example',
        LAPOSTA_API_KEY: 'geheime-sleutel',
        BUILD_HOOK_URL: 'https://api.netlify.com/build_hooks/x',
        NETLIFY_AUTH_TOKEN: 'netlify-testsleutel',
        GITHUB_TOKEN: 'github-testsleutel',
        SITE_ID: 'testsite',
      }),
    ).toEqual([
      'geheime-sleutel',
      'https://api.netlify.com/build_hooks/x',
      'netlify-testsleutel',
      'github-testsleutel',
    ]);
  });
});
