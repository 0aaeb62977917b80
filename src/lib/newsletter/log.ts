/**
 * Log lines of the newsletter's functions and scripts, in Dutch, for the people who read
 * Netlify's function log. A line never shows an e-mail address, a key or a hook address,
 * even when a message from elsewhere would carry one.
 */

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/g;

export type Log = (line: string) => void;

/** A line with every e-mail address and every secret value taken out. */
export function redact(line: string, secrets: readonly string[] = []): string {
  let safe = line.replace(EMAIL, '[e-mailadres]');
  for (const secret of secrets) if (secret.length >= 4) safe = safe.split(secret).join('[geheim]');
  return safe;
}

/** Logs to the function log (console), prefixed with what wrote it. */
export function makeLog(
  source: string,
  secrets: readonly string[] = [],
  write: (line: string) => void = console.log,
): Log {
  return (line) => write(`[${source}] ${redact(line, secrets)}`);
}
