/**
 * The configuration of the editor at /admin/ (Sveltia CMS), served as /admin/config.yml.
 * Every field is generated from the content model (src/lib/content/schemas.ts): its type,
 * whether it is required, lengths, patterns with the build's own message, choices and relations
 * come from the schema, its label, hint and widget from the EDITOR registry beside it. Only what
 * belongs to a collection as a whole (its name in the editor, where files go, the Markdown text)
 * is written here.
 */
import { MOMENT_FORM, MOMENT_PATTERN } from '../agenda/when.ts';
import { PDF_FOLDER } from '../content/field-kinds.ts';
import { schemaNode, type SchemaNode } from '../content/json-schema.ts';
import { CONTENT_TYPES, TYPE_NAMES, type TypeName } from '../content/model.ts';
import { fileSchemas } from '../content/schemas.ts';
import { SETTINGS_FILE, SETTINGS_SCHEMA } from '../content/settings.ts';
import { STREETS_EDITOR_FILE, STREETS_FILE, STREETS_SCHEMA } from '../content/streets.ts';
import { PROGRAMME_ICON } from '../head/page-meta.ts';
import { PLAN_POINT_FORM, PLAN_POINT_PATTERN } from '../planning/phases.ts';
import { WORD_LIST_FILE, WORD_LIST_SCHEMA } from '../readability/word-list.ts';
import { factsOf } from '../functions/build-facts.ts';
import { SETTINGS_COLLECTION } from './entry-checks.ts';

/**
 * The GitHub repository the editor saves to. Netlify's build sets REPOSITORY_URL and BRANCH, so
 * a deploy always points the editor at the repository and branch it was built from; other
 * builds (a laptop, the tests) fall back to the main branch of this repository. Read as the
 * functions read them (src/lib/functions/build-facts.ts), so both write to the same place.
 */
export function repositoryFrom(env: Record<string, string | undefined>): { repo: string; branch: string } {
  const { repository, branch } = factsOf(env);
  return { repo: repository, branch };
}

export type Field = Record<string, unknown> & { name: string; widget: string; required?: boolean };

/** What a field is in the editor, from its kind in the schema. */
function widgetOf(name: string, node: SchemaNode): Record<string, unknown> {
  const maxlength = node.maxLength ? { maxlength: node.maxLength } : {};
  const min = node.minItems ? { min: node.minItems } : {};
  switch (node.widget) {
    case 'relation': {
      const target = CONTENT_TYPES[node.collection as TypeName];
      if (!target) throw new Error(`${name}: a relation to "${node.collection}", which is no content type`);
      return {
        widget: 'relation',
        collection: target.folder,
        value_field: '{{slug}}',
        search_fields: ['title'],
        display_fields: ['title'],
        multiple: node.type === 'array',
        ...min,
      };
    }
    case 'datetime':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'moment':
      // Text: one field holds a day with a time, or a day alone for a whole day (Sveltia's date picker holds one of the two).
      return {
        widget: 'string',
        pattern: [MOMENT_PATTERN, MOMENT_FORM[0]!.toUpperCase() + MOMENT_FORM.slice(1)],
      };
    case 'month-or-day':
      return {
        widget: 'string',
        pattern: [PLAN_POINT_PATTERN, PLAN_POINT_FORM[0]!.toUpperCase() + PLAN_POINT_FORM.slice(1)],
      };
    case 'street':
      // Chosen from the street list, a file in the settings collection, stored by name.
      return {
        widget: 'relation',
        collection: SETTINGS_COLLECTION,
        file: STREETS_EDITOR_FILE,
        value_field: 'streets.*.name',
        search_fields: ['streets.*.name'],
        display_fields: ['streets.*.name'],
        multiple: true,
        ...min,
      };
    case 'text':
      return { widget: 'text', ...maxlength };
    case 'image':
    case 'pdf':
      return { widget: node.widget };
  }
  if (node.enum)
    return {
      widget: 'select',
      options: node.enum.map((value) => ({ label: node.choiceLabels?.[value] ?? value, value })),
    };
  switch (node.type) {
    case 'string':
      return {
        widget: 'string',
        ...maxlength,
        ...(node.pattern ? { pattern: [node.pattern, node.patternMessage] } : {}),
      };
    case 'integer':
      return {
        widget: 'number',
        value_type: 'int',
        min: node.minimum ?? (node.exclusiveMinimum ?? 0) + 1,
        step: 1,
      };
    case 'boolean':
      return { widget: 'boolean', ...(node.default === undefined ? {} : { default: node.default }) };
    case 'object':
      return { widget: 'object', fields: fieldsOf(node) };
    case 'array': {
      const items = node.items ?? {};
      if (items.type === 'object') return { widget: 'list', ...min, fields: fieldsOf(items) };
      // Several choices from a fixed list (works' effects): one select that takes more than one.
      if (items.enum)
        return {
          widget: 'select',
          multiple: true,
          ...min,
          options: items.enum.map((value) => ({ label: items.choiceLabels?.[value] ?? value, value })),
        };
      if (!node.item) throw new Error(`${name}: a list needs a name for one item (item in EDITOR)`);
      return { widget: 'list', ...min, field: fieldOf(node.item, items, true) };
    }
  }
  throw new Error(`${name}: the editor has no widget for this field (type ${node.type ?? 'unknown'})`);
}

function fieldOf(name: string, node: SchemaNode, required: boolean): Field {
  if (!node.label)
    throw new Error(
      `${name}: the field has no label for the editor (register it in EDITOR, src/lib/content/schemas.ts)`,
    );
  return {
    name,
    label: node.label,
    ...(widgetOf(name, node) as { widget: string }),
    ...node.options,
    ...(required ? {} : { required: false }),
    ...(node.hint ? { hint: node.hint } : {}),
  };
}

/** The editor's fields for every property of an object schema, in the schema's order. */
export function fieldsOf(node: SchemaNode): Field[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, property]) =>
    fieldOf(name, property, required.has(name)),
  );
}

/** The schemas the editor is generated from: image and reference as plain text, as the editor writes them. */
const SCHEMAS = fileSchemas();

/**
 * The text opens as Markdown, as docs/redactie.md teaches it, with rich text one click away.
 * Opened as rich text, Sveltia rewrites the Markdown in its own style (*schuin* becomes _schuin_)
 * even when nothing in the text changed. No components: an image belongs in the image field.
 */
const body = (hint: string): Field => ({
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  modes: ['raw', 'rich_text'],
  editor_components: [],
  hint,
});

/** Each entry links to its page on the site: the page's address, with Sveltia's {{slug}} for the slug. */
const SLUG = '{{slug}}';

/** A content type as a folder collection: one Markdown file per item, named by the slug of its title. */
const folderCollection = (name: TypeName) => {
  const { folder, editor, page } = CONTENT_TYPES[name];
  return {
    name: folder,
    label: editor.label,
    label_singular: editor.labelSingular,
    description: editor.description,
    folder: `content/${folder}`,
    extension: 'md',
    format: 'yaml-frontmatter',
    identifier_field: 'title',
    // {{slug}} is the title in the slug rules of cmsConfig(); a type's options may name it otherwise.
    slug: '{{slug}}',
    fields: [...fieldsOf(schemaNode(SCHEMAS[name])), body(editor.bodyHint)],
    ...editor.options,
    preview_path: page(SLUG),
  };
};

export const COLLECTIONS = [
  ...TYPE_NAMES.map(folderCollection),
  {
    name: SETTINGS_COLLECTION,
    label: 'Instellingen',
    description:
      'Instellingen voor de hele site: naam, partners, menu, algemeen contact en meldpunt; de straten waar werkzaamheden kunnen zijn; de moeilijke woorden die het voorbeeld aanwijst.',
    files: [
      {
        name: 'site',
        label: 'Instellingen van de site',
        file: SETTINGS_FILE,
        format: 'yaml',
        fields: fieldsOf(schemaNode(SETTINGS_SCHEMA)),
      },
      {
        name: STREETS_EDITOR_FILE,
        label: 'Straten',
        file: STREETS_FILE,
        format: 'yaml',
        fields: fieldsOf(schemaNode(STREETS_SCHEMA)),
      },
      {
        name: 'moeilijke-woorden',
        label: 'Moeilijke woorden',
        file: `content/${WORD_LIST_FILE}`,
        format: 'yaml',
        fields: fieldsOf(schemaNode(WORD_LIST_SCHEMA)),
      },
    ],
  },
];

export type Backend = { name: 'github'; repo: string; branch: string } | { name: 'test-repo' };

/**
 * The whole configuration. The tests swap the back end for Sveltia's own test back end.
 * Sveltia's links to each entry's page ("Bekijken op de live site") start at the editor's own
 * origin, which is the live site: the preview paths above are the site's addresses (urls).
 */
export function cmsConfig(backend: Backend) {
  return {
    backend,
    publish_mode: 'simple',
    app_title: 'Redactie West wint aan ruimte',
    // The programme's mark on the login screen and in the tab, instead of Sveltia's.
    logo: { src: PROGRAMME_ICON },
    // New files are named as the build requires: lower case, digits and hyphens ("'t Westhoes" -> t-westhoes).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    // An empty optional field is left out of the file: `image: ''` would stop the build.
    output: { omit_empty_optional_fields: true },
    // Fields say where their files go (next to the item, or public/nieuwsbrief/pdf/). Sveltia needs
    // a default for its media library as well: the PDFs, the only files editors add outside content/.
    ...PDF_FOLDER,
    // No stock photo services: they live on other hosts (the editor's policy blocks them), and the
    // programme publishes its own pictures.
    media_libraries: { stock_assets: false },
    collections: COLLECTIONS,
  };
}
