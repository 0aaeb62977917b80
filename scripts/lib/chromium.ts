/**
 * Finds and starts the machine's Chromium. Playwright cannot download browsers here,
 * so we use Debian's packages; without one, the browser tests fail and say how to get it.
 *
 * Debian's `chromium-headless-shell` comes first: it is the same Blink as `chromium` without
 * the full browser around it, and what Playwright itself runs for headless Chromium. On this
 * project's browser tests it needs about a third less CPU (the page sweep 151 → 101 CPU
 * seconds on 2 cores; README, Tests). Any Chromium or Chrome still works (CHROMIUM_PATH).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.CHROMIUM_PATH ?? env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one with `apt-get install -y chromium-headless-shell` ' +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary) and run the tests again.',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      // Composite in software in the browser process, not in a GPU process that has no GPU to
      // use: the same pixels, and about a tenth less CPU on the page sweep.
      '--disable-gpu-compositing',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
