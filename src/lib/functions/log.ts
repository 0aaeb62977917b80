/**
 * Log lines of the Netlify functions and the scripts beside them, in Dutch, for the people who
 * read Netlify's function log. A line never shows an e-mail address, a key or a hook address,
 * even when a message from elsewhere would carry one.
 */

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/g;

/** The environment variables whose values a log line must never show. */
const SECRET_VARIABLES = ['LAPOSTA_API_KEY', 'BUILD_HOOK_URL', 'NETLIFY_AUTH_TOKEN', 'GITHUB_TOKEN'];

export type Log = (line: string) => void;

/** The values of the secret variables that are set. */
export function secretsOf(env: Record<string, string | undefined>): string[] {
  return SECRET_VARIABLES.map((name) => env[name]).filter((value): value is string => Boolean(value?.trim()));
}

/** A line with every e-mail address and every secret value taken out. */
export function redact(line: string, secrets: readonly string[] = []): string {
  let safe = line.replace(EMAIL, '[e-mailadres]');
  for (const secret of secrets) if (secret.length >= 4) safe = safe.split(secret).join('[geheim]');
  return safe;
}

/** Logs to the function log (console), prefixed with what wrote it; the secrets are this process's unless given. */
export function makeLog(
  source: string,
  secrets: readonly string[] = secretsOf(process.env),
  write: (line: string) => void = console.log,
): Log {
  return (line) => write(`[${source}] ${redact(line, secrets)}`);
}
