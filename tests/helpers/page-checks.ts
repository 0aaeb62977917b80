/**
 * Small browser-side checks shared by the quality sweeps: catching Content-Security-Policy
 * violations, and measuring horizontal overflow.
 */
import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records every CSP violation on the context's pages: the `securitypolicyviolation` event
 * (in window.__cspViolations, reset on each navigation) and Chromium's console errors about
 * the policy. Init scripts are injected by the browser, so the policy cannot block this one.
 */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}` +
          (event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''),
      );
    });
  });
}

/**
 * Every CSP violation on the context's pages, across navigations: the `securitypolicyviolation`
 * event reported to the test as it happens. The returned list fills as pages run.
 */
export async function recordCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}` +
          (event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''),
      );
    });
  });
  return violations;
}

/** Console errors that mention the Content Security Policy, per page, since the last reset. */
export function cspConsoleErrors(page: Page): { take(): string[] } {
  let messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      messages.push(message.text());
  });
  return {
    take() {
      const taken = messages;
      messages = [];
      return taken;
    },
  };
}

/** The CSP violations the current document reported through its event. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/** How many CSS pixels the page is wider than its viewport (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
  );
}

/** The elements that stick out past the right edge of the viewport, for a failure message. */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      (el.classList.length ? `.${[...el.classList].join('.')}` : '');
    const wide = [...document.body.querySelectorAll('*')].filter(
      (el) => el.getBoundingClientRect().right > width + 1,
    );
    // Report the innermost offenders: an element whose child also sticks out is not the cause.
    return wide
      .filter((el) => !wide.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map(describe);
  });
}

/**
 * Whether the inlined stylesheet was applied (a Content-Security-Policy that blocked it would
 * leave the page unstyled but readable, which no other check notices): problems, or none.
 */
export async function unstyled(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = getComputedStyle(document.documentElement);
    if (root.getPropertyValue('--utrecht-root-color').trim() === '')
      problems.push('the stylesheet’s custom properties (--utrecht-root-color) are not set');
    if (getComputedStyle(document.body).marginTop !== '0px')
      problems.push('body keeps the browser’s default margin');
    const skip = document.querySelector('.nl-skip-link');
    if (skip && getComputedStyle(skip).position !== 'fixed')
      problems.push('the skip link is not positioned off screen');
    return problems;
  });
}
