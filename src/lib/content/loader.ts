/**
 * Astro's loaders made strict: what the glob loader would let through silently stops the build,
 * with the file, the field and what is expected (problems as data, rules/wording.ts says them).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import yaml from 'js-yaml';
import { PUBLIC_DIR } from '../../consts';
import { isCalendarDay } from '../dates/amsterdam';
import { FRONT_MATTER } from './front-matter';
import { fileFormProblems } from './file-form';
import type { TypeName } from './model';
import { problemIn, type Problem } from './rules/problem';
import { ContentError } from './rules/wording';
import { fileProblems, fileSchemas } from './schemas';
import { SETTINGS_SCHEMA } from './settings';
import { findDuplicateSlugs, isSlug, slugFromPath, suggestSlug } from './slugs';

/** A PDF field names a file in public/. */
const inPublicDir = (sitePath: string) => existsSync(join(PUBLIC_DIR, sitePath));

const stop = (problem: Problem): never => {
  throw new ContentError([problem]);
};

/** Stops on the first field of a file that breaks its rule, as the editor at /admin/ would refuse it. */
function checkFields(schema: z.ZodType, data: unknown, shown: string): void {
  const [problem] = fileProblems(schema, data, shown);
  if (problem) stop(problem);
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
    // Without YAML's timestamps: a day stays the text written, so 2027-02-30 is refused by its field
    // (at any depth: a phase in a list too) instead of rolled over to 2 March, as Astro's own reading would.
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const number = error.mark ? error.mark.line + firstLine : undefined;
    const line =
      number === undefined
        ? undefined
        : { number, text: text.split(/\r?\n/)[number - firstLine]?.trim() ?? '' };
    return stop(problemIn(shown, null, { kind: 'yaml', reason: error.reason, ...(line ? { line } : {}) }));
  }
}

const DATE_LINE = /^(date):[ \t]*["']?([^"'#\r\n]*?)["']?[ \t]*(?:#.*)?$/m;
/** A day written alone in these fields (a meeting's start and end, an update): YAML would roll an impossible one over too. */
const DAY_ONLY_LINES = ['start', 'end', 'updated', 'received', 'answered'].map((field) => ({
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
export function checkContentFiles(dir: string, type: TypeName, root = process.cwd()): void {
  const files = markdownFiles(dir);
  const shown = (file: string) => relative(root, file);

  for (const file of files) {
    const slug = slugFromPath(file);
    if (!isSlug(slug) || !/\.md$/.test(file)) {
      stop(problemIn(shown(file), null, { kind: 'file-name', suggestion: suggestSlug(slug) }));
    }
    const text = readFileSync(file, 'utf8');
    const frontmatter = FRONT_MATTER.exec(text);
    if (!frontmatter) stop(problemIn(shown(file), null, { kind: 'no-front-matter' }));
    // Line 1 of the file is "---", so the frontmatter's first line is line 2.
    const data = parseYaml(frontmatter?.[1] ?? '', shown(file), 2);
    // Astro reports a missing image without naming the Markdown file that asked for it.
    const image = data && typeof data === 'object' ? (data as Record<string, unknown>).image : undefined;
    if (
      typeof image === 'string' &&
      !/^([a-z]+:|\/)/i.test(image) &&
      !existsSync(join(dirname(file), image))
    ) {
      stop(problemIn(shown(file), 'image', { kind: 'missing-image', path: image }));
    }
    const date = DATE_LINE.exec(frontmatter?.[1] ?? '');
    if (date && !isCalendarDay(date[2] ?? '')) {
      stop(problemIn(shown(file), 'date', { kind: 'not-a-day', text: date[2] ?? '' }));
    }
    for (const { field, line } of DAY_ONLY_LINES) {
      const day = line.exec(frontmatter?.[1] ?? '')?.[1];
      if (day && !isCalendarDay(day)) stop(problemIn(shown(file), field, { kind: 'not-a-day', text: day }));
    }
    checkFields(fileSchemas(inPublicDir)[type], data, shown(file));
    const [formProblem] = fileFormProblems(
      type,
      shown(file),
      (data ?? {}) as Record<string, unknown>,
      text.slice(frontmatter?.[0].length ?? 0),
    );
    if (formProblem) stop(formProblem);
  }

  for (const [slug, paths] of findDuplicateSlugs(files)) {
    stop({ files: paths.map(shown), field: null, issue: { kind: 'same-slug', slug } });
  }
}

/**
 * Astro's glob loader, made strict: the files are checked first, and an entry that
 * fails to render stops the build instead of leaving a page out.
 */
export function markdownCollection(type: TypeName, dir: string): Loader {
  const inner = glob({ pattern: '**/*.md', base: dir, generateId: ({ entry }) => slugFromPath(entry) });
  return {
    name: 'westwint-markdown',
    load: async (context) => {
      checkContentFiles(dir, type);
      await inner.load(context);
      for (const [id, entry] of context.store.entries()) {
        if (!entry.rendered) stop(problemIn(entry.filePath ?? id, null, { kind: 'not-rendered' }));
      }
    },
  };
}

/**
 * One YAML file as one entry (content/site.yaml, content/straten.yaml), read by its schema.
 * Astro's file() loader only logs a YAML error and carries on with no settings; this one stops
 * with the line. A file that may be missing (`optional`) then holds no entry.
 */
export function yamlRecord(
  file: string,
  id: string,
  schema: z.ZodType = SETTINGS_SCHEMA,
  { optional = false } = {},
): Loader {
  const path = resolve(file);
  const shown = relative(process.cwd(), path);
  return {
    name: 'westwint-yaml',
    load: async ({ store, parseData, watcher, logger }) => {
      const sync = async () => {
        if (!existsSync(path)) {
          if (!optional) stop(problemIn(shown, null, { kind: 'missing-file' }));
          store.clear();
          return;
        }
        const data = parseYaml(readFileSync(path, 'utf8'), shown);
        if (!data || typeof data !== 'object' || Array.isArray(data))
          stop(problemIn(shown, null, { kind: 'not-fields' }));
        checkFields(schema, data, shown);
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
