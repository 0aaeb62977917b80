/**
 * The rules of content/site.yaml that read beyond its own fields: the newsletter sign-up may post
 * to a mailing service elsewhere (newsletterSignupAction), but the browser only lets a form post
 * where the Content-Security-Policy's form-action allows, and that policy is code
 * (src/lib/security/headers.ts), which an editor's setting cannot change; and the page about
 * reporting a security problem must be a page of the site.
 */
import { FORM_ACTION_SOURCES } from '../../security/headers.ts';
import { SETTINGS_FILE } from '../settings.ts';
import type { SettingsFacts } from './facts.ts';
import { problemIn, type Issue, type Problem } from './problem.ts';

/** Whether a CSP source expression (scheme-host[:port], with optional *. wildcard or path) allows an origin. */
function sourceAllows(source: string, origin: URL): boolean {
  if (source === '*') return origin.protocol === 'https:' || origin.protocol === 'http:';
  if (source === 'https:') return origin.protocol === 'https:';
  let parsed: URL;
  try {
    parsed = new URL(source.replace('://*.', '://wildcard.'));
  } catch {
    return false;
  }
  if (parsed.protocol !== origin.protocol || parsed.port !== origin.port) return false;
  if (source.includes('://*.')) {
    const suffix = parsed.hostname.slice('wildcard'.length);
    return origin.hostname.endsWith(suffix);
  }
  return parsed.hostname === origin.hostname;
}

/**
 * Why the sign-up's address would be blocked by the policy's form-action sources, or null when it
 * is allowed. An address on our own site ("/...") is always fine: form-action 'self' covers it.
 */
export function formActionIssue(action: string, formActionSources: readonly string[]): Issue | null {
  if (action.startsWith('/')) return null;
  let target: URL;
  try {
    target = new URL(action);
  } catch {
    return { kind: 'form-action-invalid', action };
  }
  if (formActionSources.some((source) => sourceAllows(source, target))) return null;
  return { kind: 'form-action-blocked', origin: target.origin };
}

/** The sign-up's address against the policy, and the security policy page against the site's pages. */
export function settingsProblems(settings: SettingsFacts | undefined, pages: ReadonlySet<string>): Problem[] {
  if (!settings) return [];
  const formAction = formActionIssue(settings.newsletterSignupAction, FORM_ACTION_SOURCES);
  const policy = settings.securityPolicy;
  return [
    ...(formAction ? [problemIn(SETTINGS_FILE, 'newsletterSignupAction', formAction)] : []),
    ...(policy?.startsWith('/') && !pages.has(policy)
      ? [problemIn(SETTINGS_FILE, 'security.policy', { kind: 'policy-not-a-page', policy })]
      : []),
  ];
}
