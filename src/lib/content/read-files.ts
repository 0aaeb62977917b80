/**
 * The content files as written, read from disk without Astro: every type's Markdown files with
 * their front matter (as YAML reads it) and text, and content/site.yaml. For the commands that
 * work on content/ (`npm run nieuw`, `npm run leesbaarheid`) and the tests that ask what the
 * build's rules say of a content folder; the build itself reads through Astro's loaders.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { FRONT_MATTER, frontMatterFields } from './front-matter.ts';
import { CONTENT_TYPES, TYPE_NAMES } from './model.ts';
import type { LoadedFile } from './rules/facts.ts';
import { slugFromPath } from './slugs.ts';
import { streetsOf, type Street } from './streets.ts';

export interface ContentFile extends LoadedFile {
  /** The Markdown text under the front matter. */
  body: string;
}

/** Every type's files in a content folder, each type in its folder's file order; `file` is relative to `root`. */
export function readContentFiles(contentDir: string, root = process.cwd()): ContentFile[] {
  return TYPE_NAMES.flatMap((type) => {
    const dir = join(contentDir, CONTENT_TYPES[type].folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        return {
          type,
          file: relative(root, join(dir, name)),
          id: slugFromPath(name),
          data: frontMatterFields(text),
          body: text.replace(FRONT_MATTER, ''),
        };
      });
  });
}

/** content/site.yaml as YAML reads it, or an empty record when it is missing or broken. */
export function readSettingsFile(contentDir: string, name = 'site.yaml'): Record<string, unknown> {
  const file = join(contentDir, name);
  if (!existsSync(file)) return {};
  try {
    const data = yaml.load(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The street list, content/straten.yaml, as its schema reads it; empty when it is missing or broken. */
export function readStreetsFile(contentDir: string): Street[] {
  return streetsOf(readSettingsFile(contentDir, 'straten.yaml'));
}
