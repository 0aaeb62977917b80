import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import yaml from 'js-yaml';
import { PUBLIC_DIR } from '../../consts';
import { isCalendarDay } from '../dates/amsterdam';
import { problemLine } from './checks';
import { FRONT_MATTER } from './front-matter';
import { fileProblems, notADay, type CollectionName } from './schemas';
import { findDuplicateSlugs, isSlug, slugFromPath, suggestSlug } from './slugs';

/** An editor's mistake in a content file: the build stops with this message. */
export class ContentError extends Error {
  constructor(file: string, field: string | null, expected: string) {
    super(problemLine(file, field, expected));
    this.name = 'ContentError';
  }
}

/** A PDF field names a file in public/. */
const inPublicDir = (sitePath: string) => existsSync(join(PUBLIC_DIR, sitePath));

/** Stops on the first field of a file that breaks its rule, as the editor at /admin/ would refuse it. */
function checkFields(collection: CollectionName, data: unknown, shown: string): void {
  const [problem] = fileProblems(collection, data, inPublicDir);
  if (problem) throw new ContentError(shown, problem.field, problem.message);
}
function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .map((name) => join(dir, name))
    .sort();
}

/**
 * Parses YAML, or stops with the file, the line and a hint an editor can act on
 * (js-yaml's own reason is English and names no file).
 */
function parseYaml(text: string, shown: string, firstLine = 1): unknown {
  try {
    return yaml.load(text);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const line = error.mark ? error.mark.line + firstLine : undefined;
    const where =
      line === undefined
        ? ''
        : ` op regel ${line} ("${text.split(/\r?\n/)[line - firstLine]?.trim() ?? ''}")`;
    throw new ContentError(
      shown,
      null,
      `de YAML klopt niet${where}: ${error.reason}. Controleer het inspringen en zet een tekst met een dubbele punt (:) of # tussen aanhalingstekens`,
    );
  }
}

const DATE_LINE = /^(date):[ \t]*["']?([^"'#\r\n]*?)["']?[ \t]*(?:#.*)?$/m;
/** A day written alone in these fields (a meeting's start and end, an update): YAML would roll an impossible one over too. */
const DAY_ONLY_LINES = ['start', 'end', 'updated'].map((field) => ({
  field,
  line: new RegExp(`^${field}:[ \\t]*["']?(\\d{4}-\\d{2}-\\d{2})["']?[ \\t]*(?:#.*)?$`, 'm'),
}));

/**
 * Checks what Astro's glob loader would let through silently: file names that are
 * not slugs, two files with one slug (Astro keeps one), a missing frontmatter
 * block, and impossible dates (YAML rolls 2011-02-30 over to 2 March). Then every field
 * against the content model, so a mistake is reported as `file: veld "field": …` in Dutch, the
 * way the editor reports it, instead of in Astro's English wrapping.
 */
export function checkContentFiles(dir: string, collection: CollectionName, root = process.cwd()): void {
  const files = markdownFiles(dir);
  const shown = (file: string) => relative(root, file);

  for (const file of files) {
    const slug = slugFromPath(file);
    if (!isSlug(slug) || !/\.md$/.test(file)) {
      throw new ContentError(
        shown(file),
        null,
        `de bestandsnaam moet uit kleine letters, cijfers en streepjes bestaan en op .md eindigen, bijvoorbeeld "${suggestSlug(slug) || 'mijn-bericht'}.md"`,
      );
    }
    const text = readFileSync(file, 'utf8');
    const frontmatter = FRONT_MATTER.exec(text);
    if (!frontmatter) {
      throw new ContentError(
        shown(file),
        null,
        'het bestand moet beginnen met een blok tussen twee regels "---" (de frontmatter)',
      );
    }
    // Line 1 of the file is "---", so the frontmatter's first line is line 2.
    const data = parseYaml(frontmatter[1] ?? '', shown(file), 2);
    // Astro reports a missing image without naming the Markdown file that asked for it.
    const image = data && typeof data === 'object' ? (data as Record<string, unknown>).image : undefined;
    if (
      typeof image === 'string' &&
      !/^([a-z]+:|\/)/i.test(image) &&
      !existsSync(join(dirname(file), image))
    ) {
      throw new ContentError(
        shown(file),
        'image',
        `het bestand "${image}" bestaat niet; zet de afbeelding in dezelfde map als dit bestand en schrijf bijvoorbeeld "image: ./foto.jpg"`,
      );
    }
    const date = DATE_LINE.exec(frontmatter[1] ?? '');
    if (date && !isCalendarDay(date[2] ?? '')) {
      throw new ContentError(shown(file), 'date', notADay(date[2] ?? ''));
    }
    for (const { field, line } of DAY_ONLY_LINES) {
      const day = line.exec(frontmatter[1] ?? '')?.[1];
      if (day && !isCalendarDay(day)) throw new ContentError(shown(file), field, notADay(day));
    }
    checkFields(collection, data, shown(file));
  }

  for (const [slug, paths] of findDuplicateSlugs(files)) {
    throw new ContentError(
      paths.map(shown).join(' en '),
      null,
      `twee bestanden hebben dezelfde naam "${slug}" en dus hetzelfde webadres; geef één van beide een andere naam`,
    );
  }
}

/**
 * Astro's glob loader, made strict: the files are checked first, and an entry that
 * fails to render stops the build instead of leaving a page out.
 */
export function markdownCollection(collection: CollectionName, dir: string): Loader {
  const inner = glob({ pattern: '**/*.md', base: dir, generateId: ({ entry }) => slugFromPath(entry) });
  return {
    name: 'westwint-markdown',
    load: async (context) => {
      checkContentFiles(dir, collection);
      await inner.load(context);
      for (const [id, entry] of context.store.entries()) {
        if (!entry.rendered) {
          throw new ContentError(
            entry.filePath ?? id,
            null,
            'de tekst kon niet worden omgezet naar een webpagina (zie de fout hierboven)',
          );
        }
      }
    },
  };
}

/**
 * One YAML file as one entry (content/site.yaml). Astro's file() loader only logs a
 * YAML error and carries on with no settings; this one stops with the line.
 */
export function yamlRecord(file: string, id: string): Loader {
  const path = resolve(file);
  const shown = relative(process.cwd(), path);
  return {
    name: 'westwint-yaml',
    load: async ({ store, parseData, watcher, logger }) => {
      const sync = async () => {
        if (!existsSync(path)) throw new ContentError(shown, null, 'dit bestand ontbreekt');
        const data = parseYaml(readFileSync(path, 'utf8'), shown);
        if (!data || typeof data !== 'object' || Array.isArray(data)) {
          throw new ContentError(
            shown,
            null,
            'verwacht velden als "name: West wint aan ruimte", één per regel',
          );
        }
        checkFields('site', data, shown);
        store.clear();
        store.set({
          id,
          data: await parseData({ id, data: data as Record<string, unknown>, filePath: path }),
          filePath: shown,
        });
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        // In `astro dev` a mistake is shown, not fatal: the editor fixes it and saves again.
        if (changed === path) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
