/**
 * The hourly function's rounds (netlify/functions/elk-uur.mts), run side by side and apart: one
 * that fails never stops another, and its failure is logged in Dutch.
 */
import type { Log } from './log.ts';

export async function runRounds(
  rounds: Readonly<Record<string, () => Promise<unknown>>>,
  log: Log,
): Promise<Record<string, 'done' | 'failed'>> {
  const names = Object.keys(rounds);
  // At the same time: a scheduled function's time is short, and each round mostly waits for a service.
  const settled = await Promise.allSettled(names.map((name) => rounds[name]!()));
  return Object.fromEntries(
    settled.map((round, i) => {
      if (round.status === 'fulfilled') return [names[i], 'done'];
      const reason = round.reason instanceof Error ? round.reason.message : String(round.reason);
      log(`De ronde "${names[i]}" stopte met een fout: ${reason}. Het volgende uur opnieuw.`);
      return [names[i], 'failed'];
    }),
  );
}
