/**
 * The newsletter sign-up's address (content/site.yaml) and the policy's form-action sources
 * (src/lib/security/headers.ts) must agree, or browsers block the form. The content checks stop
 * the build on a mismatch; this test checks the real files too, and the rule itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { formActionIssue } from '../../src/lib/content/rules/settings-addresses';
import { expectation } from '../../src/lib/content/rules/wording';
import { FORM_ACTION_SOURCES, parsePolicy, PUBLIC_POLICY, policyText } from '../../src/lib/security/headers';
import { ROOT } from '../../scripts/lib/astro-build.ts';

const SOURCES = ["'self'", 'https://lijst.example.nl'];

describe('formActionIssue', () => {
  test('an address on our own site is covered by form-action self', () => {
    expect(formActionIssue('/nieuwsbrief/aangemeld/', ["'self'"])).toBeNull();
  });
  test('an external service listed in form-action is fine', () => {
    expect(formActionIssue('https://lijst.example.nl/aanmelden?lijst=3', SOURCES)).toBeNull();
    expect(formActionIssue('https://lijst.example.nl/x', ["'self'", 'https:'])).toBeNull();
    expect(
      formActionIssue('https://nl.lijst.example.nl/x', ["'self'", 'https://*.lijst.example.nl']),
    ).toBeNull();
  });
  test('an external service missing from form-action is reported with what to do', () => {
    const issue = formActionIssue('https://mail.voorbeeld.nl/subscribe/abc', SOURCES);
    expect(issue).toEqual({ kind: 'form-action-blocked', origin: 'https://mail.voorbeeld.nl' });
    const message = expectation(issue!);
    expect(message).toContain('https://mail.voorbeeld.nl');
    expect(message).toContain('FORM_ACTION_SOURCES in src/lib/security/headers.ts');
    expect(message).toContain('content/site.yaml');
  });
  test('the same host on another port or scheme does not count', () => {
    expect(formActionIssue('https://lijst.example.nl:8443/x', SOURCES)).not.toBeNull();
    expect(formActionIssue('https://example.nl/x', ["'self'", 'https://*.example.nl'])).not.toBeNull();
  });
  test('an address that is no address says so', () => {
    const issue = formActionIssue('https://', SOURCES);
    expect(issue).toEqual({ kind: 'form-action-invalid', action: 'https://' });
    expect(expectation(issue!)).toContain('geen geldig adres');
  });
});

describe('the real settings', () => {
  const settings = yaml.load(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')) as {
    newsletterSignupAction: string;
  };

  test('the public policy sends exactly the form-action sources the check uses', () => {
    expect(parsePolicy(policyText(PUBLIC_POLICY)).get('form-action')).toEqual(FORM_ACTION_SOURCES);
  });

  test('content/site.yaml’s newsletterSignupAction is allowed by the policy', () => {
    expect(formActionIssue(settings.newsletterSignupAction, FORM_ACTION_SOURCES)).toBeNull();
  });
});
