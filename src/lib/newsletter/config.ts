/**
 * The newsletter's settings, read from Netlify's environment variables only: never from the
 * repository, and never written to a log (src/lib/functions/log.ts keeps the key out). What is
 * missing is named, never what is set.
 */
import type { LapostaSettings } from './laposta.ts';

/** NIEUWSBRIEF_VERZENDEN: nothing is sent (the default), a test mail to the staff, or sent at once. */
export const SEND_MODES = ['uit', 'concept', 'verzenden'] as const;
export type SendMode = (typeof SEND_MODES)[number];

export type Env = Record<string, string | undefined>;

export interface NewsletterConfig {
  mode: SendMode;
  /** Names of the variables this mode needs and that are not set. */
  missing: string[];
  laposta: LapostaSettings;
  /** Where the test mail of mode `concept` goes. */
  testAddress: string;
}

/** What adding a member needs. */
const FOR_MEMBERS = ['LAPOSTA_API_KEY', 'LAPOSTA_LIST_ID'];
/** What a campaign needs besides. */
const FOR_CAMPAIGNS = [...FOR_MEMBERS, 'LAPOSTA_AFZENDER_NAAM', 'LAPOSTA_AFZENDER_EMAIL'];

function missingOf(env: Env, names: readonly string[]): string[] {
  return names.filter((name) => !env[name]?.trim());
}

export function newsletterConfig(env: Env): NewsletterConfig {
  const requested = (env.NIEUWSBRIEF_VERZENDEN ?? 'uit').trim().toLowerCase();
  const mode: SendMode = (SEND_MODES as readonly string[]).includes(requested)
    ? (requested as SendMode)
    : 'uit';
  const needed =
    mode === 'uit' ? [] : mode === 'concept' ? [...FOR_CAMPAIGNS, 'NIEUWSBRIEF_TESTADRES'] : FOR_CAMPAIGNS;
  return {
    mode,
    missing: missingOf(env, needed),
    laposta: {
      apiKey: env.LAPOSTA_API_KEY?.trim() ?? '',
      listId: env.LAPOSTA_LIST_ID?.trim() ?? '',
      fromName: env.LAPOSTA_AFZENDER_NAAM?.trim() ?? '',
      fromEmail: env.LAPOSTA_AFZENDER_EMAIL?.trim() ?? '',
      apiUrl: env.LAPOSTA_API_URL?.trim() || undefined,
      timeoutMs: Number(env.LAPOSTA_TIMEOUT_MS) > 0 ? Number(env.LAPOSTA_TIMEOUT_MS) : undefined,
    },
    testAddress: env.NIEUWSBRIEF_TESTADRES?.trim() ?? '',
  };
}

/** The variables adding a member needs that are not set. */
export function missingForMembers(env: Env): string[] {
  return missingOf(env, FOR_MEMBERS);
}

/** A line for the log: a name for the mode that was asked for but is not one we know. */
export function unknownModeOf(env: Env): string | null {
  const requested = env.NIEUWSBRIEF_VERZENDEN?.trim().toLowerCase();
  return requested && !(SEND_MODES as readonly string[]).includes(requested) ? requested : null;
}
