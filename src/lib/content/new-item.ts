/**
 * The file `npm run nieuw` writes for a new item of a content type that offers it (`newItem` in
 * its description): the questions, read off the type's schema and editor settings; where the file
 * goes, named as the editor names it; and its text, checked by the build's own schemas and rules
 * against the files that exist. Pure: the command (scripts/nieuw.mjs) asks and writes.
 */
import yaml from 'js-yaml';
import { schemaNode, type SchemaNode } from './json-schema.ts';
import { CONTENT_TYPES, TYPE_NAMES, type TypeName } from './model.ts';
import { factsOfFile, type ContentFacts } from './rules/facts.ts';
import { problemsAcrossFiles } from './rules/run-rules.ts';
import { problemIn, type Problem } from './rules/problem.ts';
import { fileProblems, fileSchemas } from './schemas.ts';
import { isSlug, suggestSlug } from './slugs.ts';

/** The types `npm run nieuw` can make. */
export const NEW_ITEM_TYPES: readonly TypeName[] = TYPE_NAMES.filter((name) => CONTENT_TYPES[name].newItem);

export interface Question {
  field: string;
  label: string;
  required: boolean;
  kind: 'text' | 'day' | 'moment' | 'number' | 'choice' | 'choices' | 'relation' | 'relations' | 'streets';
  /** The longest text the field takes. */
  max?: number;
  /** A choice's (or several choices') values and labels. */
  choices?: ReadonlyArray<{ value: string; label: string }>;
  /** The type a relation names items of. */
  type?: TypeName;
}

function questionOf(field: string, node: SchemaNode, required: boolean): Question {
  const base = { field, label: node.label ?? field, required };
  if (node.widget === 'relation') {
    return {
      ...base,
      kind: node.type === 'array' ? 'relations' : 'relation',
      type: node.collection as TypeName,
    };
  }
  if (node.widget === 'street') return { ...base, kind: 'streets' };
  if (node.type === 'array' && node.items?.enum) {
    const { items } = node;
    return {
      ...base,
      kind: 'choices',
      choices: node.items.enum.map((value) => ({ value, label: items.choiceLabels?.[value] ?? value })),
    };
  }
  if (node.enum) {
    return {
      ...base,
      kind: 'choice',
      choices: node.enum.map((value) => ({ value, label: node.choiceLabels?.[value] ?? value })),
    };
  }
  if (node.widget === 'datetime') return { ...base, kind: 'day' };
  if (node.widget === 'moment') return { ...base, kind: 'moment' };
  if (node.type === 'integer') return { ...base, kind: 'number' };
  return { ...base, kind: 'text', ...(node.maxLength ? { max: node.maxLength } : {}) };
}

/** What `npm run nieuw` asks for an item of this type, in the order of its description. */
export function questionsFor(type: TypeName): Question[] {
  const node = schemaNode(fileSchemas()[type]);
  const required = new Set(node.required ?? []);
  return (CONTENT_TYPES[type].newItem?.ask ?? []).map((field) => {
    const property = node.properties?.[field];
    if (!property) throw new Error(`${type}: newItem asks for "${field}", which is not a field`);
    return questionOf(field, property, required.has(field));
  });
}

/** The next free value of a type's unique field (an edition's number). */
export function nextFree(type: TypeName, existing: ContentFacts): number {
  const values = existing.files
    .filter((f) => f.type === type && Number.isInteger(f.unique))
    .map((f) => Number(f.unique));
  return values.length === 0 ? 1 : Math.max(...values) + 1;
}

/** The file's slug as the editor makes it: the title in the slug rules, or the type's own pattern (heilust-{{fields.edition}}). */
function slugOf(type: TypeName, data: Readonly<Record<string, unknown>>): string {
  const pattern = String(CONTENT_TYPES[type].editor.options?.slug ?? '{{slug}}');
  return pattern.replace(/\{\{(slug|fields\.(\w+))\}\}/g, (_, _slug: string, field?: string) =>
    field ? suggestSlug(String(data[field] ?? '')) : suggestSlug(String(data.title ?? '')),
  );
}

/** Where the new file goes, relative to the content folder: nieuws/open-dag-in-park-west.md. */
export function newItemPath(type: TypeName, answers: Readonly<Record<string, unknown>>): string {
  return `${CONTENT_TYPES[type].folder}/${slugOf(type, answers)}.md`;
}

export interface NewItemFile {
  /** Relative to the content folder, e.g. "nieuws/open-dag-in-park-west.md". */
  path: string;
  text: string;
}

/**
 * The new file, or the problems that would stop the build with it. `answers` are by field; empty
 * ones are left out. `existing` are the facts of the files already in the content folder, whose
 * paths start with `contentPath` (content/), as the build names them.
 */
export function newItemFile(
  type: TypeName,
  answers: Readonly<Record<string, unknown>>,
  existing: ContentFacts,
  { now = new Date(), contentPath = 'content' } = {},
): { file: NewItemFile } | { problems: Problem[] } {
  const description = CONTENT_TYPES[type];
  const filled = (value: unknown) =>
    value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  // As the editor writes a file: an empty optional field is left out, an empty required one stays to be refused.
  const data = Object.fromEntries(
    questionsFor(type).flatMap(({ field, required }) =>
      filled(answers[field]) || (required && answers[field] !== undefined) ? [[field, answers[field]]] : [],
    ),
  );
  const slug = slugOf(type, data);
  const path = newItemPath(type, data);
  const file = `${contentPath}/${path}`;
  const own = [
    ...(isSlug(slug) ? [] : [problemIn(file, 'title', { kind: 'no-file-name' })]),
    ...fileProblems(fileSchemas()[type], data, file),
  ];
  if (own.length > 0) return { problems: own };
  const problems = problemsAcrossFiles({
    ...existing,
    files: [...existing.files, factsOfFile({ type, file, id: slug, data }, now)],
  })
    .flat()
    .filter((problem) => problem.files.includes(file));
  if (problems.length > 0) return { problems };

  const body = description.newItem?.body ?? '';
  return {
    file: { path, text: `---\n${yaml.dump(data, { lineWidth: -1, quotingType: '"' })}---\n\n${body}\n` },
  };
}
