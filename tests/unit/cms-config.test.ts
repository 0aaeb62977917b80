/**
 * The editor's configuration (src/lib/admin/cms-config.ts) is generated from the content model
 * (src/lib/content/schemas.ts). These tests check the generator: every field of every collection
 * becomes an editor field, with what the schema says (required, choices, relations, lengths,
 * patterns in the build's words) and what EDITOR says beside it; and the result is valid for the
 * Sveltia CMS version we ship (its own JSON schema).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { cmsConfig, COLLECTIONS, fieldsOf, repositoryFrom, type Field } from '../../src/lib/admin/cms-config';
import { EDITOR } from '../../src/lib/content/editor-settings';
import { schemaNode } from '../../src/lib/content/json-schema';
import { CONTENT_TYPES, typeInFolder } from '../../src/lib/content/model';
import { contentSchemas } from '../../src/lib/content/schemas';
import { SETTINGS_SCHEMA } from '../../src/lib/content/settings';

const schemas = contentSchemas({ image: (() => z.string()) as never, reference: () => z.string() as never });
type Collection = (typeof COLLECTIONS)[number];
const folderCollections = COLLECTIONS.filter(
  (c): c is Extract<Collection, { folder: string }> => 'folder' in c,
);
const settingsFile = COLLECTIONS.flatMap((c) => ('files' in c ? c.files : []))[0]!;
const fieldsOfCollection = (name: string) =>
  folderCollections.find((c) => c.name === name)!.fields as Field[];
const field = (collection: string, name: string) =>
  fieldsOfCollection(collection).find((f) => f.name === name)!;

describe('the generator', () => {
  const example = z.strictObject({
    title: z.string().max(80).register(EDITOR, { label: 'Titel', hint: 'De kop.' }),
    code: z
      .string()
      .regex(/^[a-z]+$/, { error: 'alleen kleine letters' })
      .register(EDITOR, { label: 'Code' })
      .optional(),
    kind: z.enum(['a', 'b']).register(EDITOR, { label: 'Soort', choiceLabels: { a: 'Eerste', b: 'Tweede' } }),
    count: z.number().int().positive().register(EDITOR, { label: 'Aantal' }),
    done: z.boolean().register(EDITOR, { label: 'Klaar' }).default(false),
    places: z
      .array(z.string())
      .min(1)
      .register(EDITOR, { label: 'Plaatsen', widget: 'relation', collection: 'neighbourhoods' }),
    notes: z
      .array(z.string().register(EDITOR, { label: 'Notitie' }))
      .register(EDITOR, { label: 'Notities', item: 'notitie', options: { label_singular: 'notitie' } })
      .default([]),
  });

  test('every kind of field, with what the schema says and what EDITOR adds', () => {
    expect(fieldsOf(schemaNode(example))).toEqual([
      { name: 'title', label: 'Titel', widget: 'string', maxlength: 80, hint: 'De kop.' },
      {
        name: 'code',
        label: 'Code',
        widget: 'string',
        pattern: ['^[a-z]+$', 'Alleen kleine letters'],
        required: false,
      },
      {
        name: 'kind',
        label: 'Soort',
        widget: 'select',
        options: [
          { label: 'Eerste', value: 'a' },
          { label: 'Tweede', value: 'b' },
        ],
      },
      { name: 'count', label: 'Aantal', widget: 'number', value_type: 'int', min: 1, step: 1 },
      { name: 'done', label: 'Klaar', widget: 'boolean', default: false, required: false },
      {
        name: 'places',
        label: 'Plaatsen',
        widget: 'relation',
        collection: 'buurten',
        value_field: '{{slug}}',
        search_fields: ['title'],
        display_fields: ['title'],
        multiple: true,
        min: 1,
      },
      {
        name: 'notes',
        label: 'Notities',
        widget: 'list',
        field: { name: 'notitie', label: 'Notitie', widget: 'string' },
        label_singular: 'notitie',
        required: false,
      },
    ]);
  });

  test('a field the editor knows nothing about stops the generator, naming it', () => {
    expect(() => fieldsOf(schemaNode(z.strictObject({ secret: z.string() })))).toThrow(
      /secret: the field has no label/,
    );
  });
});

describe('the editor shows every field of the content model', () => {
  test('every collection of the model has an editor collection, and the other way round', () => {
    expect(folderCollections.map((c) => c.name)).toEqual(
      Object.values(CONTENT_TYPES).map((type) => type.folder),
    );
    expect(settingsFile.name).toBe('site');
  });

  test.each(folderCollections.map((c) => [c.name, c] as const))(
    '%s: the schema’s fields in order, then the Markdown text, written where the build reads',
    (name, collection) => {
      const type = typeInFolder(name)!;
      const shape = (schemas[type] as unknown as z.ZodObject).shape;
      expect((collection.fields as Field[]).map((f) => f.name)).toEqual([...Object.keys(shape), 'body']);
      expect(collection.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
      expect(collection.folder).toBe(`content/${CONTENT_TYPES[type].folder}`);
      expect(collection.label).toBe(CONTENT_TYPES[type].editor.label);
      expect(collection.preview_path).toBe(CONTENT_TYPES[type].page('{{slug}}'));
    },
  );

  test('site: the settings file, nested fields included', () => {
    expect(settingsFile.file).toBe('content/site.yaml');
    expect((settingsFile.fields as Field[]).map((f) => f.name)).toEqual(
      Object.keys((SETTINGS_SCHEMA as unknown as z.ZodObject).shape),
    );
    const security = (settingsFile.fields as Field[]).find((f) => f.name === 'security')!;
    expect((security.fields as Field[]).map((f) => f.name)).toEqual(['contact', 'languages', 'policy']);
  });

  test('the list of hard words: a second file under the settings, a list of word and plain word, both required', () => {
    const wordList = COLLECTIONS.flatMap((c) => ('files' in c ? c.files : [])).find(
      (f) => f.name === 'moeilijke-woorden',
    )!;
    expect(wordList.file).toBe('content/moeilijke-woorden.yaml');
    const [words] = wordList.fields as Field[];
    expect(words).toMatchObject({ name: 'woorden', widget: 'list' });
    expect((words!.fields as Field[]).map((f) => [f.name, f.widget, f.required])).toEqual([
      ['woord', 'string', undefined],
      ['beter', 'string', undefined],
    ]);
  });

  test('the real model’s rules reach the editor: required, choices, relations, lengths and the build’s patterns', () => {
    expect(field('nieuws', 'title').required).toBeUndefined();
    expect(field('nieuws', 'image')).toMatchObject({
      widget: 'image',
      required: false,
      media_folder: 'afbeeldingen',
      public_folder: './afbeeldingen',
    });
    expect(field('nieuws', 'summary')).toMatchObject({ widget: 'text', maxlength: 300 });
    expect(field('nieuws', 'draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(field('projecten', 'status').options).toEqual([
      { label: 'Gepland', value: 'gepland' },
      { label: 'In uitvoering', value: 'in-uitvoering' },
      { label: 'Afgerond', value: 'afgerond' },
    ]);
    expect(field('projecten', 'theme')).toMatchObject({
      widget: 'relation',
      collection: 'themas',
      multiple: false,
    });
    expect(field('projecten', 'neighbourhoods')).toMatchObject({
      widget: 'relation',
      collection: 'buurten',
      multiple: true,
      min: 1,
    });
    expect(field('nieuwsbrief', 'edition')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(field('nieuwsbrief', 'pdf')).toMatchObject({
      widget: 'pdf',
      media_folder: '/public/nieuwsbrief/pdf',
      public_folder: '/nieuwsbrief/pdf',
    });
    expect((field('paginas', 'wijzigingen').field as Field).maxlength).toBe(200);
    // The pattern is the schema's, so the editor accepts exactly what the build accepts.
    const [pattern, message] = (field('nieuws', 'aliases').field as Field).pattern as [string, string];
    const alias = (schemas.news as unknown as z.ZodObject).shape.aliases as z.ZodType;
    for (const value of ['/oud/adres', '/a b', 'oud', '/x?y=1']) {
      expect(new RegExp(pattern).test(value), value).toBe(alias.safeParse([value]).success);
    }
    expect(message.toLowerCase()).toBe(alias.safeParse(['oud']).error!.issues[0]!.message.toLowerCase());
  });

  test('a meeting’s start and end are text with the build’s pattern and message, as a day with a time or a day alone', () => {
    const agenda = folderCollections.find((c) => c.name === 'agenda')!;
    const fields = agenda.fields as Field[];
    for (const name of ['start', 'end']) {
      const moment = fields.find((f) => f.name === name)!;
      expect(moment.widget, name).toBe('string');
      const [pattern, message] = moment.pattern as [string, string];
      expect(message).toMatch(/^Verwacht een datum met tijd als 2027-03-25 19:30/);
      for (const value of ['2027-03-25 19:30', '2027-03-25T19:30', '2027-03-25'])
        expect(new RegExp(pattern).test(value), value).toBe(true);
      for (const value of ['25-03-2027', '2027-03-25 19.30', '2027-03-25 19:30:00'])
        expect(new RegExp(pattern).test(value), value).toBe(false);
    }
    expect(fields.find((f) => f.name === 'start')!.required).toBeUndefined();
    expect(fields.find((f) => f.name === 'end')!.required).toBe(false);
    expect(fields.find((f) => f.name === 'cancelled')).toMatchObject({ widget: 'text', required: false });
    expect(agenda).toMatchObject({
      folder: 'content/agenda',
      preview_path: '/agenda/{{slug}}/',
      summary: '{{start}} · {{title}}',
    });
  });

  test('a project’s contacts and phases are lists of fields; a phase’s start and end are text with the build’s pattern and message', () => {
    const contacts = field('projecten', 'contacts');
    expect(contacts).toMatchObject({ widget: 'list', label: 'Contactpersonen', required: false });
    expect((contacts.fields as Field[]).map((f) => [f.name, f.widget, f.required])).toEqual([
      ['name', 'string', undefined],
      ['role', 'string', undefined],
      ['phone', 'string', false],
      ['email', 'string', false],
    ]);
    // The e-mail pattern is the build's; the phone number is checked at saving (libphonenumber-js).
    const [emailPattern] = (contacts.fields as Field[])[3]!.pattern as [string, string];
    for (const value of ['info@westwint.nl', 'info@westwint', 'info westwint.nl'])
      expect(new RegExp(emailPattern).test(value), value).toBe(value === 'info@westwint.nl');
    const phases = field('projecten', 'phases');
    expect(phases).toMatchObject({ widget: 'list', label: 'Planning', required: false });
    const phaseFields = phases.fields as Field[];
    expect(phaseFields.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['title', 'string', undefined],
      ['start', 'string', undefined],
      ['end', 'string', false],
      ['description', 'text', false],
    ]);
    for (const name of ['start', 'end']) {
      const [pattern, message] = phaseFields.find((f) => f.name === name)!.pattern as [string, string];
      expect(message).toBe('Verwacht een maand als 2027-03 of een dag als 2027-03-15');
      for (const value of ['2027-03', '2027-03-15'])
        expect(new RegExp(pattern).test(value), value).toBe(true);
      for (const value of ['maart 2027', '2027-3', '15-03-2027', '2027'])
        expect(new RegExp(pattern).test(value), value).toBe(false);
    }
  });

  test('dates are written as YYYY-MM-DD', () => {
    const dates = [
      ...folderCollections.flatMap((c) => c.fields as Field[]),
      ...(settingsFile.fields as Field[]).flatMap((f) => (f.fields as Field[]) ?? []),
    ].filter((f) => f.widget === 'datetime');
    expect(dates.length).toBeGreaterThan(5);
    for (const date of dates) expect(date, date.name).toMatchObject({ type: 'date', format: 'YYYY-MM-DD' });
  });
});

describe('the editor’s rules for new files', () => {
  const config = cmsConfig({ name: 'test-repo' });

  test('new files are named from the title (an edition by its number) in lower case with hyphens, and empty optional fields are left out', () => {
    expect(config.slug).toMatchObject({
      encoding: 'ascii',
      clean_accents: true,
      lowercase: true,
      sanitize_replacement: '-',
      trim: true,
    });
    expect(config.output.omit_empty_optional_fields).toBe(true);
    for (const collection of folderCollections) {
      expect(collection.slug, collection.name).toBe(
        collection.name === 'nieuwsbrief' ? 'heilust-{{fields.edition}}' : '{{slug}}',
      );
    }
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

  // Sveltia checks at start what its JSON schema cannot: the fields a collection's options name exist.
  test("every field a collection's options name is a field of it", () => {
    const config = cmsConfig({ name: 'test-repo' }) as { collections: Array<Record<string, unknown>> };
    for (const collection of config.collections.filter((c) => Array.isArray(c.fields))) {
      const names = new Set((collection.fields as Array<{ name: string }>).map((f) => f.name));
      const sortable = collection.sortable_fields as { fields: string[] } | undefined;
      const views = ['view_groups', 'view_filters'].flatMap((key) => {
        const view = collection[key] as {
          groups?: Array<{ field: string }>;
          filters?: Array<{ field: string }>;
        };
        return [...(view?.groups ?? []), ...(view?.filters ?? [])].map((v) => v.field);
      });
      const named = [String(collection.identifier_field ?? 'title'), ...(sortable?.fields ?? []), ...views];
      for (const field of named) expect(names, `${String(collection.name)}: ${field}`).toContain(field);
    }
  });

  test('the validator rejects a configuration Sveltia would not accept', () => {
    expect(
      validate({
        backend: { name: 'github' },
        collections: [{ name: 'x', folder: 'x', fields: [{ name: 'a', widget: 'string', required: 'ja' }] }],
      }),
    ).toBe(false);
  });
});

describe('repositoryFrom', () => {
  test('Netlify’s build variables point the editor at the repository and branch that was built', () => {
    expect(
      repositoryFrom({ REPOSITORY_URL: 'https://github.com/gemeente-kerkrade/westwint', BRANCH: 'main' }),
    ).toEqual({ repo: 'gemeente-kerkrade/westwint', branch: 'main' });
    expect(
      repositoryFrom({ REPOSITORY_URL: 'git@github.com:gemeente-kerkrade/westwint.git', BRANCH: 'redactie' }),
    ).toEqual({ repo: 'gemeente-kerkrade/westwint', branch: 'redactie' });
  });

  test('elsewhere the default repository and main', () => {
    expect(repositoryFrom({})).toEqual({ repo: 'westwint/website', branch: 'main' });
  });
});
