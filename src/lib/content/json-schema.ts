/**
 * A schema as JSON Schema, with each field's editor settings (EDITOR) merged in: what the editor's
 * configuration (src/lib/admin/cms-config.ts) and the facts derived from the model (what a type
 * references, schemas.ts) read of a schema.
 */
import { z } from 'astro/zod';
import { EDITOR, type EditorField } from './editor-settings.ts';

/** A schema as JSON Schema, with each field's editor settings merged in. */
export type SchemaNode = Partial<EditorField> & {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: string[];
  pattern?: string;
  patternMessage?: string;
  maxLength?: number;
  minItems?: number;
  exclusiveMinimum?: number;
  minimum?: number;
  default?: unknown;
};

/** The message of a string's regex check: the editor shows what the build would say, as a sentence. */
function regexMessage(schema: z.core.$ZodType): string | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as z.core.$ZodCheckDef & { format?: string };
    if (def.check === 'string_format' && def.format === 'regex') {
      const error = def.error?.({ code: 'invalid_format', format: 'regex', input: '' } as never);
      const message = typeof error === 'string' ? error : error?.message;
      return message && message[0]!.toUpperCase() + message.slice(1);
    }
  }
  return undefined;
}

/** JSON Schema of a collection's front matter (what the editor reads), with the editor settings. */
export function schemaNode(schema: z.ZodType): SchemaNode {
  return z.toJSONSchema(schema, {
    io: 'input',
    // A date may be written as a YAML date; the editor writes text.
    unrepresentable: 'any',
    metadata: EDITOR,
    override: ({ zodSchema, jsonSchema }) => {
      const message = regexMessage(zodSchema);
      if (message) jsonSchema.patternMessage = message;
    },
  }) as SchemaNode;
}
