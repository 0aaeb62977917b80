/** Sends a form in the background, the way the browser would post it. */
import type { SendFailure } from '../../lib/forms/form-rules';

/** Long enough for a slow mobile connection, short enough that nobody waits forever. */
const SEND_TIMEOUT_MS = 30_000;

export type SendResult = { ok: true } | { ok: false; failure: SendFailure };

/** POSTs the urlencoded body; never throws, but says why it failed (status, network, offline). */
export async function send(url: string, body: string, timeoutMs = SEND_TIMEOUT_MS): Promise<SendResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      credentials: 'same-origin',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok ? { ok: true } : { ok: false, failure: { kind: 'status', status: response.status } };
  } catch {
    return { ok: false, failure: { kind: navigator.onLine ? 'network' : 'offline' } };
  }
}
