/**
 * The clock of the Netlify functions. NIEUWSBRIEF_KLOK (an ISO instant) exists only for the tests
 * of the functions (tests/functions/), which move time through hours and weeks without waiting,
 * whatever the hour the tests run at: Netlify's local emulation runs each call in a fresh worker
 * thread with a copy of the environment, so nothing else reaches its clock. Never set it in
 * Netlify. The name is older than this room; operators know it, so it stays.
 */
export function functionClock(env: Record<string, string | undefined> = process.env): Date {
  const set = env.NIEUWSBRIEF_KLOK?.trim();
  const moved = set ? new Date(set) : null;
  return moved && !Number.isNaN(moved.getTime()) ? moved : new Date();
}
