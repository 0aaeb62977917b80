/**
 * The newsletter sign-up may post to a mailing service elsewhere (content/site.yaml,
 * newsletterSignupAction). The browser only lets a form post where the
 * Content-Security-Policy's form-action allows, and that policy lives in netlify.toml,
 * which an editor's setting cannot change. So the build checks that the two agree.
 */

/** The Content-Security-Policy that netlify.toml sends with every page (the first one in the file). */
export function cspFromNetlifyToml(toml: string): string | null {
  const match = /^\s*Content-Security-Policy\s*=\s*"([^"]*)"/m.exec(toml);
  return match?.[1] ?? null;
}

/** The sources of one directive, e.g. form-action → ["'self'", "https://lists.example.nl"]. */
export function directiveSources(csp: string, directive: string): string[] | null {
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name?.toLowerCase() === directive) return sources;
  }
  return null;
}

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
 * address is allowed by the policy. An address on our own site ("/...") is always fine:
 * form-action 'self' covers it.
 */
export function formActionProblem(action: string, csp: string | null): string | null {
  if (action.startsWith('/')) return null;
  let target: URL;
  try {
    target = new URL(action);
  } catch {
    return `newsletterSignupAction in content/site.yaml ("${action}") is geen geldig adres.`;
  }
  if (csp === null) {
    return 'netlify.toml heeft geen Content-Security-Policy; de controle van newsletterSignupAction kan niet worden gedaan.';
  }
  const sources = directiveSources(csp, 'form-action');
  // Without form-action the browser allows any target (it does not fall back to default-src).
  if (sources === null) return null;
  if (sources.some((source) => sourceAllows(source, target))) return null;
  return (
    `Het aanmeldformulier van de nieuwsbrief verstuurt naar ${target.origin} (newsletterSignupAction in content/site.yaml), ` +
    `maar de Content-Security-Policy in netlify.toml staat dat niet toe, dus de browser zou het formulier blokkeren. ` +
    `Zet ${target.origin} achter form-action in netlify.toml, zo: "form-action 'self' ${target.origin}", ` +
    `of zet newsletterSignupAction terug op /nieuwsbrief/aangemeld/.`
  );
}
