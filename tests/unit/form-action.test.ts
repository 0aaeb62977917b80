/**
 * The newsletter sign-up's address (content/site.yaml) and netlify.toml's form-action must
 * agree, or browsers block the form. The component stops the build on a mismatch; this
 * test checks the real files too, and the rule itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { cspFromNetlifyToml, directiveSources, formActionProblem } from '../../src/lib/forms/form-action';
import { ROOT } from '../helpers/build';

const CSP = "default-src 'self'; form-action 'self' https://lijst.example.nl; frame-ancestors 'none'";

describe('formActionProblem', () => {
  test('an address on our own site is covered by form-action self', () => {
    expect(formActionProblem('/nieuwsbrief/aangemeld/', "form-action 'self'")).toBeNull();
  });
  test('an external service listed in form-action is fine', () => {
    expect(formActionProblem('https://lijst.example.nl/aanmelden?lijst=3', CSP)).toBeNull();
    expect(formActionProblem('https://lijst.example.nl/x', "form-action 'self' https:")).toBeNull();
    expect(formActionProblem('https://nl.lijst.example.nl/x', "form-action 'self' https://*.lijst.example.nl")).toBeNull();
  });
  test('an external service missing from form-action is reported with what to add', () => {
    const message = formActionProblem('https://mail.voorbeeld.nl/subscribe/abc', CSP);
    expect(message).toContain('https://mail.voorbeeld.nl');
    expect(message).toContain('netlify.toml');
    expect(message).toContain('content/site.yaml');
    expect(message).toContain(`"form-action 'self' https://mail.voorbeeld.nl"`);
  });
  test('the same host on another port or scheme does not count', () => {
    expect(formActionProblem('https://lijst.example.nl:8443/x', CSP)).not.toBeNull();
    expect(formActionProblem('https://example.nl/x', "form-action 'self' https://*.example.nl")).not.toBeNull();
  });
  test('without a form-action directive, browsers allow any target', () => {
    expect(formActionProblem('https://lijst.example.nl/x', "default-src 'self'")).toBeNull();
  });
  test('reads directives regardless of spacing', () => {
    expect(directiveSources("default-src 'self';  form-action   'self' https://a.nl ;", 'form-action')).toEqual(["'self'", 'https://a.nl']);
  });
});

describe('the real settings', () => {
  const toml = readFileSync(join(ROOT, 'netlify.toml'), 'utf8');
  const settings = yaml.load(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')) as { newsletterSignupAction: string };

  test('netlify.toml’s policy is found the way a TOML parser reads it', () => {
    const parsed = parseToml(toml) as { headers: Array<{ for: string; values: Record<string, string> }> };
    const all = parsed.headers.find((rule) => rule.for === '/*');
    expect(cspFromNetlifyToml(toml)).toBe(all?.values['Content-Security-Policy']);
  });

  test('content/site.yaml’s newsletterSignupAction is allowed by netlify.toml’s form-action', () => {
    expect(formActionProblem(settings.newsletterSignupAction, cspFromNetlifyToml(toml))).toBeNull();
  });
});
