/**
 * content/straten.yaml: the programme's street list, each street with its buurt. Works name their
 * streets from it (src/lib/content/types/works.ts), and their buurten follow from it. One record,
 * read strictly by its own loader (loader.ts, yamlRecord); the rules across files check that each
 * buurt exists and that works name only streets in the list (rules/streets.ts), in the build and
 * in the editor before saving.
 */
import { z } from 'astro/zod';
import { closestName } from './closest-name.ts';
import { BUILD_CHECKS, EDITOR, type EditorField } from './editor-settings.ts';
import { fields, text } from './field-kinds.ts';
import { suggestSlug } from './slugs.ts';

export const STREETS_FILE = 'content/straten.yaml';

/** The editor's name for the street list, a file in the settings collection. */
export const STREETS_EDITOR_FILE = 'straten';

export const STREETS_SCHEMA = fields({
  streets: z
    .array(
      fields({
        name: text('een straatnaam').register(EDITOR, {
          label: 'Straat',
          hint: 'De naam zoals op het straatnaambord, bijvoorbeeld Gladiolenstraat.',
        }),
        neighbourhood: text('een buurt')
          .register(EDITOR, {
            label: 'Buurt',
            widget: 'relation',
            collection: 'neighbourhoods',
            hint: `De buurt van de straat. Laat leeg als u het niet zeker weet. ${BUILD_CHECKS}`,
          })
          .optional(),
      }),
      { error: 'verwacht een lijst van straten, elk met name en eventueel neighbourhood' },
    )
    .min(1, { error: 'noem ten minste één straat' })
    .register(EDITOR, {
      label: 'Straten',
      options: { label_singular: 'straat', summary: '{{fields.name}}' },
      hint: `De straten waar werkzaamheden kunnen zijn. Elke naam één keer. ${BUILD_CHECKS}`,
    }),
});

/**
 * A field naming streets from the list, by name as written there; at least one. Whether each is
 * in the list is a rule across files (rules/streets.ts): the list is another file.
 */
export const streetNames = (editor: EditorField) =>
  z
    .array(text('een straatnaam'), { error: 'verwacht een lijst van straatnamen uit content/straten.yaml' })
    .min(1, { error: 'noem ten minste één straat' })
    .register(EDITOR, { widget: 'street', ...editor });

export interface Street {
  name: string;
  /** The buurt's slug (content/buurten/), when it is known. */
  neighbourhood?: string | undefined;
}

/** A street's part of an address: "Ons Limburgstraat" -> "ons-limburgstraat". */
export const streetSlug = (name: string): string => suggestSlug(name);

/** The streets as the file holds them: a value the schema accepted, or nothing when there is no list. */
export function streetsOf(data: unknown): Street[] {
  const parsed = STREETS_SCHEMA.safeParse(data);
  return parsed.success ? parsed.data.streets : [];
}

export type StreetLookUp = { street: Street } | { street: null; suggestion: string | undefined };

/** The street of this name in the list (the case as written), or the name probably meant. */
export function lookUpStreet(name: string, streets: readonly Street[]): StreetLookUp {
  const street = streets.find((s) => s.name === name.trim());
  if (street) return { street };
  return {
    street: null,
    suggestion: closestName(
      name.trim(),
      streets.map((s) => s.name),
    ),
  };
}
