/** Builds shared between test files (sharedBuild in scripts/lib/astro-build.ts) last one test run. */
import { rmSync } from 'node:fs';
import { SHARED_BUILDS } from '../scripts/lib/astro-build.ts';

export default function setup(): () => void {
  rmSync(SHARED_BUILDS, { recursive: true, force: true });
  return () => rmSync(SHARED_BUILDS, { recursive: true, force: true });
}
