/**
 * The message the build stops with for this repository's content plus some files, worked out with
 * the build's own checks, without a full Astro build: the loader's per-file checks, then the rules
 * across files on the files' facts, as getContent() runs them. The editor's browser test compares
 * the editor's messages with these; tests/builds/content-errors.test.ts proves that such messages
 * stop a real build.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { checkContentFiles } from '../../src/lib/content/loader';
import { CONTENT_TYPES, TYPE_NAMES } from '../../src/lib/content/model';
import { readContentFiles, readSettingsFile } from '../../src/lib/content/read-files';
import { factsOfFile, factsOfSettings } from '../../src/lib/content/rules/facts';
import { stopOnProblemsAcrossFiles } from '../../src/lib/content/rules/run-rules';

/** The build's message for content/ with `extra` files (path from the repository root → text), or null when it builds. */
export async function buildMessage(extra: Record<string, string>): Promise<string | null> {
  const root = mkdtempSync(join(tmpdir(), 'westwint-rules-'));
  try {
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    for (const [path, text] of Object.entries(extra)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const content = join(root, 'content');
    for (const type of TYPE_NAMES) checkContentFiles(join(content, CONTENT_TYPES[type].folder), type, root);
    const now = new Date();
    stopOnProblemsAcrossFiles({
      files: readContentFiles(content, root).map((file) => factsOfFile(file, now)),
      settings: factsOfSettings(readSettingsFile(content)),
    });
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
