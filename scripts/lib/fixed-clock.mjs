/**
 * Preloaded into a build (NODE_OPTIONS="--import ./scripts/lib/fixed-clock.mjs"), it moves the
 * clock of the process to WESTWINT_CLOCK (an ISO instant), ticking on from there, so two builds
 * made at different times see the same day: the agenda, the scheduled days and security.txt
 * depend on it. For scripts/compare-builds.mjs; never for a deploy.
 */
const start = Date.parse(process.env.WESTWINT_CLOCK ?? '');
if (Number.isNaN(start))
  throw new Error('fixed-clock.mjs needs WESTWINT_CLOCK, an ISO instant such as 2026-12-04T11:00:00Z');
const offset = start - Date.now();
const RealDate = Date;
class MovedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = MovedDate;
