/**
 * The newsletter sign-up may post to a mailing service elsewhere (content/site.yaml,
 * newsletterSignupAction). The browser only lets a form post where the
 * Content-Security-Policy's form-action allows, and that policy is code
 * (src/lib/security/headers.ts), which an editor's setting cannot change. So the build checks
 * that the two agree.
 */

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
 * What is wrong, in a message for the editor or developer, or null when the sign-up's
 * address is allowed by the policy's form-action sources. An address on our own site ("/...")
 * is always fine: form-action 'self' covers it.
 */
export function formActionProblem(action: string, formActionSources: readonly string[]): string | null {
  if (action.startsWith('/')) return null;
  let target: URL;
  try {
    target = new URL(action);
  } catch {
    return `newsletterSignupAction in content/site.yaml ("${action}") is geen geldig adres.`;
  }
  if (formActionSources.some((source) => sourceAllows(source, target))) return null;
  return (
    `Het aanmeldformulier van de nieuwsbrief verstuurt naar ${target.origin} (newsletterSignupAction in content/site.yaml), ` +
    `maar de Content-Security-Policy van de site staat dat niet toe, dus de browser zou het formulier blokkeren. ` +
    `Laat een ontwikkelaar ${target.origin} toevoegen aan FORM_ACTION_SOURCES in src/lib/security/headers.ts, ` +
    `of zet newsletterSignupAction terug op /nieuwsbrief/aangemeld/.`
  );
}
