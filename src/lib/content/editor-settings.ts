/**
 * How the editor at /admin/ shows each field: its label, hint and widget, registered in EDITOR
 * beside the field in the schema. What the schema already says (type, required, lengths, patterns,
 * choices) is not repeated here; the editor's configuration (src/lib/admin/cms-config.ts) reads both.
 */
import { z } from 'astro/zod';

export interface EditorField {
  label: string;
  hint?: string;
  /**
   * The editor's widget where the type alone does not tell: text (several lines), datetime, image,
   * relation, pdf (the editor's own PDF field, src/admin/pdf-field.ts, which checks the tags), or
   * moment (a meeting's start or end: a day with a time, or a day alone, as text), or street (names
   * from the street list, content/straten.yaml), or month-or-day (a phase's start or end: a month
   * or a day, as text).
   */
  widget?: 'text' | 'datetime' | 'image' | 'relation' | 'pdf' | 'moment' | 'street' | 'month-or-day';
  /** A relation's content type (its name in code, src/lib/content/model.ts). */
  collection?: string;
  /** A list's name for one item ("alias" in aliases). */
  item?: string;
  /** What the editor shows for each choice. */
  choiceLabels?: Readonly<Record<string, string>>;
  /** Further settings of Sveltia CMS for this field, as its configuration names them. */
  options?: Readonly<Record<string, unknown>>;
}

/** Every field's editor settings, keyed by the field's schema. */
export const EDITOR = z.registry<EditorField>();

/** Hints end with this where a rule reads more than the field: the editor runs it when saving (src/admin/refuse-save.ts). */
export const BUILD_CHECKS =
  'Dit wordt bij het opslaan gecontroleerd, met de regels van de bouw; klopt het niet, dan wordt het item niet opgeslagen en staat hier wat er mis is.';
