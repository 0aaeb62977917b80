/**
 * A folder for what the function files' emulations keep on disk (tests/helpers/site-functions.ts).
 * Each worker starts one emulation and keeps it for every file it runs, so no file can tell it is
 * the last and close it: the workers end with the run, and this removes what they left.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder of this run's own, removed after it. */
    functionsScratch: string;
  }
}

export default function setup({ provide }: TestProject): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'westwint-functions-'));
  provide('functionsScratch', scratch);
  return () => rmSync(scratch, { recursive: true, force: true });
}
