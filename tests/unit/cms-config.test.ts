/**
 * The editor's configuration (src/lib/admin/cms-config.ts) and the content model
 * (src/lib/content/schemas.ts) describe the same files. These tests fail, naming the field, when
 * one side has a field the other lacks, when required or optional differ, when a choice offers
 * other values, or when a reference points to another collection; and when the configuration is
 * not valid for the Sveltia CMS version we ship (its own JSON schema).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro/content/config';
import { describe, expect, test } from 'vitest';
import { cmsConfig, COLLECTIONS, repositoryFrom } from '../../src/lib/admin/cms-config';
import { contentSchemas, type ReferencedCollection } from '../../src/lib/content/schemas';

type EditorField = Record<string, unknown> & { name: string; widget: string; required?: boolean; fields?: EditorField[]; field?: EditorField };

/** A reference, marked with the collection it points to, so the comparison can read it back. */
const REFERENCE = 'reference:';
const schemas = contentSchemas({
  image: (() => z.string().describe('image')) as unknown as ImageFunction,
  reference: (collection: ReferencedCollection) => z.string().describe(`${REFERENCE}${collection}`) as never,
});

/** The schema inside optional, default and array wrappers. */
function innermost(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return current;
  }
}

function isArray(schema: z.ZodType): boolean {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current instanceof z.ZodArray;
}

/** What a field is, in terms both sides can state. */
interface FieldFacts {
  required: boolean;
  list: boolean;
  choices?: readonly unknown[];
  references?: string;
  maxLength?: number;
  whole?: boolean;
  fields?: Map<string, FieldFacts>;
}

function schemaFacts(shape: Record<string, z.ZodType>): Map<string, FieldFacts> {
  return new Map(
    Object.entries(shape).map(([name, schema]) => {
      const inner = innermost(schema);
      const description = inner.description ?? '';
      const facts: FieldFacts = {
        // Absent is allowed when the schema accepts undefined (optional, or a default).
        required: !schema.safeParse(undefined).success,
        list: isArray(schema),
        ...(inner instanceof z.ZodEnum ? { choices: inner.options } : {}),
        ...(description.startsWith(REFERENCE) ? { references: description.slice(REFERENCE.length) } : {}),
        ...(inner instanceof z.ZodString && inner.maxLength !== null ? { maxLength: inner.maxLength } : {}),
        ...(inner instanceof z.ZodNumber ? { whole: inner.isInt } : {}),
        ...(inner instanceof z.ZodObject ? { fields: schemaFacts(inner.shape as Record<string, z.ZodType>) } : {}),
      };
      return [name, facts];
    }),
  );
}

function editorFacts(fields: readonly EditorField[]): Map<string, FieldFacts> {
  return new Map(
    fields
      // The Markdown body is the file's text, not a field of its front matter.
      .filter((field) => field.widget !== 'markdown')
      .map((field) => {
        const sub = field.field;
        const list = field.widget === 'list' || field.multiple === true;
        const facts: FieldFacts = {
          required: field.required !== false,
          list,
          ...(field.widget === 'select' ? { choices: (field.options as Array<{ value: unknown }>).map((option) => option.value) } : {}),
          ...(field.widget === 'relation' ? { references: field.collection as string } : {}),
          ...(typeof (sub ?? field).maxlength === 'number' ? { maxLength: (sub ?? field).maxlength as number } : {}),
          ...(field.widget === 'number' ? { whole: field.value_type === 'int' } : {}),
          ...(field.fields ? { fields: editorFacts(field.fields) } : {}),
        };
        return [field.name, facts];
      }),
  );
}

/** Every difference between the two sides, in words that name the field. */
function differences(where: string, model: Map<string, FieldFacts>, editor: Map<string, FieldFacts>): string[] {
  const found: string[] = [];
  for (const name of model.keys()) if (!editor.has(name)) found.push(`${where}.${name}: in the schema, not in the editor`);
  for (const name of editor.keys()) if (!model.has(name)) found.push(`${where}.${name}: in the editor, not in the schema`);
  for (const [name, expected] of model) {
    const actual = editor.get(name);
    if (!actual) continue;
    const at = `${where}.${name}`;
    for (const key of ['required', 'list', 'references', 'maxLength', 'whole'] as const) {
      if (expected[key] !== actual[key]) found.push(`${at}: ${key} is ${String(expected[key])} in the schema, ${String(actual[key])} in the editor`);
    }
    if (JSON.stringify(expected.choices) !== JSON.stringify(actual.choices)) {
      found.push(`${at}: choices ${JSON.stringify(expected.choices)} in the schema, ${JSON.stringify(actual.choices)} in the editor`);
    }
    if (expected.fields || actual.fields) found.push(...differences(at, expected.fields ?? new Map(), actual.fields ?? new Map()));
  }
  return found;
}

type Collection = (typeof COLLECTIONS)[number];
const folderCollections = COLLECTIONS.filter((c): c is Extract<Collection, { folder: string }> => 'folder' in c);
const settingsFile = COLLECTIONS.flatMap((c) => ('files' in c ? c.files : []))[0]!;

describe('the editor and the content model describe the same fields', () => {
  test('every collection of the model has an editor collection, and the other way round', () => {
    const editorNames = [...folderCollections.map((c) => c.name), settingsFile.name].sort();
    expect(editorNames).toEqual(Object.keys(schemas).sort());
  });

  test.each(folderCollections.map((c) => [c.name, c] as const))('%s: same fields, required or optional, choices and references', (name, collection) => {
    const shape = (schemas[name as keyof typeof schemas] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
    expect(differences(name, schemaFacts(shape), editorFacts(collection.fields as EditorField[]))).toEqual([]);
    expect(collection.folder, 'the editor writes where the build reads').toBe(`content/${name}`);
    expect(collection.fields.at(-1), `${name}: the Markdown body comes last`).toMatchObject({ name: 'body', widget: 'markdown' });
  });

  test('site: the settings file has the same fields, nested ones included', () => {
    const shape = (schemas.site as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
    expect(differences('site', schemaFacts(shape), editorFacts(settingsFile.fields as EditorField[]))).toEqual([]);
    expect(settingsFile.file).toBe('content/site.yaml');
  });

  test('the comparison notices a field on one side only, a wrong choice and a wrong reference', () => {
    const model = schemaFacts({
      theme: z.string().describe(`${REFERENCE}themas`),
      status: z.enum(['gepland', 'afgerond']),
      extra: z.string().optional(),
    });
    const editor = editorFacts([
      { name: 'theme', widget: 'relation', collection: 'buurten' },
      { name: 'status', widget: 'select', options: [{ value: 'gepland' }] },
      { name: 'title', widget: 'string' },
    ]);
    expect(differences('x', model, editor)).toEqual([
      'x.extra: in the schema, not in the editor',
      'x.title: in the editor, not in the schema',
      'x.theme: references is themas in the schema, buurten in the editor',
      'x.status: choices ["gepland","afgerond"] in the schema, ["gepland"] in the editor',
    ]);
  });
});

describe('the editor’s rules for new files', () => {
  const config = cmsConfig({ name: 'test-repo' });

  test('new files are named from the title (an edition by its number) in lower case with hyphens, and empty optional fields are left out', () => {
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true, lowercase: true, sanitize_replacement: '-', trim: true });
    expect(config.output.omit_empty_optional_fields).toBe(true);
    for (const collection of folderCollections) {
      expect(collection.slug, collection.name).toBe(collection.name === 'nieuwsbrief' ? 'heilust-{{fields.edition}}' : '{{slug}}');
    }
  });

  test('dates are written as YYYY-MM-DD, images next to the item, the PDF as its site path', () => {
    const fieldsOf = (name: string) => folderCollections.find((c) => c.name === name)!.fields as EditorField[];
    const dateFields = [...folderCollections.flatMap((c) => c.fields as EditorField[]), ...(settingsFile.fields as EditorField[]).flatMap((f) => f.fields ?? [])].filter(
      (field) => field.widget === 'datetime',
    );
    expect(dateFields.length).toBeGreaterThan(5);
    for (const field of dateFields) expect(field, field.name).toMatchObject({ type: 'date', format: 'YYYY-MM-DD' });
    for (const name of ['nieuws', 'projecten']) {
      expect(fieldsOf(name).find((f) => f.name === 'image'), name).toMatchObject({ media_folder: 'afbeeldingen', public_folder: './afbeeldingen' });
    }
    expect(fieldsOf('nieuwsbrief').find((f) => f.name === 'pdf')).toMatchObject({ media_folder: '/public/nieuwsbrief/pdf', public_folder: '/nieuwsbrief/pdf' });
    expect(fieldsOf('nieuws').find((f) => f.name === 'draft')).toMatchObject({ widget: 'boolean', default: false });
  });
});

describe('the configuration is valid for the Sveltia CMS we ship', () => {
  const schemaFile = join(import.meta.dirname, '../../node_modules/@sveltia/cms/schema/sveltia-cms.json');
  // strict: false, as the schema carries editor hints (markdownDescription); its formats are checked for real.
  const isRegExp = (source: string) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  };
  const isUrl = (value: string) => URL.canParse(value);
  const ajv = new Ajv({ allErrors: true, strict: false, formats: { regex: isRegExp, uri: isUrl } });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

  test.each([
    ['production (GitHub)', cmsConfig({ name: 'github', ...repositoryFrom({}) })],
    ['tests (test back end)', cmsConfig({ name: 'test-repo' })],
  ])('%s', (_, config) => {
    const valid = validate(JSON.parse(JSON.stringify(config)));
    expect(validate.errors ?? [], 'errors against schema/sveltia-cms.json').toEqual([]);
    expect(valid).toBe(true);
  });

  test('the validator rejects a configuration Sveltia would not accept', () => {
    expect(validate({ backend: { name: 'github' }, collections: [{ name: 'x', folder: 'x', fields: [{ name: 'a', widget: 'string', required: 'ja' }] }] })).toBe(false);
  });
});

describe('repositoryFrom', () => {
  test('Netlify’s build variables point the editor at the repository and branch that was built', () => {
    expect(repositoryFrom({ REPOSITORY_URL: 'https://github.com/gemeente-kerkrade/westwint', BRANCH: 'main' })).toEqual({ repo: 'gemeente-kerkrade/westwint', branch: 'main' });
    expect(repositoryFrom({ REPOSITORY_URL: 'git@github.com:gemeente-kerkrade/westwint.git', BRANCH: 'redactie' })).toEqual({ repo: 'gemeente-kerkrade/westwint', branch: 'redactie' });
  });

  test('elsewhere the default repository and main', () => {
    expect(repositoryFrom({})).toEqual({ repo: 'westwint/website', branch: 'main' });
  });
});
