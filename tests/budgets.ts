/**
 * The performance budgets every page must meet, in one place. Checked on the built files
 * (tests/dist/budgets.test.ts) and in Chromium (tests/browser/pages.test.ts).
 */

/**
 * HTML plus render-blocking CSS, gzipped: at most 14 KB, so that a page can render after the
 * first round trip on a new connection (TCP's initial congestion window is 10 packets ≈ 14 KB).
 */
export const HTML_AND_CSS_GZIP_BUDGET = 14 * 1024;

export interface ScriptBudget {
  /** Which pages (URL paths) carry this feature. */
  pages: RegExp;
  /** The feature that needs JavaScript, and why. */
  feature: string;
  /** Gzipped bytes of all scripts the page loads, at most. */
  gzipBytes: number;
}

/**
 * Pages ship zero JavaScript, except where a feature cannot work without it. A page that
 * matches none of these may load no script at all. The first matching entry counts.
 */
export const SCRIPT_BUDGETS: readonly ScriptBudget[] = [
  {
    pages: /^\/zoeken\/$/,
    feature:
      'zoeken: Pagefind searches the static index in the browser. Its loader (pagefind.js, ' +
      '≈13 KB) and its Web Worker (pagefind-worker.js, ≈12 KB) plus our results script (≈4 KB); ' +
      'the WebAssembly and index chunks are data, not script (measured 29 KB)',
    gzipBytes: 36 * 1024,
  },
  {
    pages: /^\/(ideeen|projecten\/[^/]+\/idee)\/$/,
    feature:
      "ideeënformulier, also on each project's own form page: checks the fields, counts the characters left, sends without losing input (≈4.5 KB)",
    gzipBytes: 6 * 1024,
  },
  {
    pages: /^\/(volgen|nieuwsbrief)\/$/,
    feature:
      'aanmelden voor de nieuwsbrief (same form script) and the button that copies the feed address (≈5 KB)',
    gzipBytes: 6 * 1024,
  },
];

/** The script budget for a page path, or null when the page may load no JavaScript. */
export function scriptBudgetFor(path: string): ScriptBudget | null {
  const pathname = path.split(/[?#]/)[0]!;
  return SCRIPT_BUDGETS.find((budget) => budget.pages.test(pathname)) ?? null;
}
