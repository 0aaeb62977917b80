/**
 * The kinds of field the content types are made of, each with the Dutch message an editor sees
 * when a value breaks its rule and its settings for the editor at /admin/ (EDITOR). Plain Zod, so
 * the build, the editor in the browser, `npm run nieuw` and the tests share them. Astro's
 * `image()` and `reference()` only exist inside Astro, and whether a file exists only on disk,
 * so they are passed in (SchemaTools).
 */
import type { ImageFunction } from 'astro/content/config';
import { z } from 'astro/zod';
import { orList } from '../../strings/format.ts';
import { MOMENT_FORM, readMoment, momentText } from '../agenda/when.ts';
import { isCalendarDay, startOfAmsterdamDay } from '../dates/amsterdam.ts';
import { closestName } from './closest-name.ts';
import { BUILD_CHECKS, EDITOR, type EditorField } from './editor-settings.ts';
import { notADay } from './rules/wording.ts';

export interface SchemaTools {
  image: ImageFunction;
  /** A field naming an item of another content type by its slug (a type's name in code). */
  reference: (type: string) => z.ZodType<{ id: string; collection: string }>;
  /** Whether a file is in public/ at this site path (/nieuwsbrief/pdf/heilust-1.pdf); not checked when left out. */
  publicFileExists?: (sitePath: string) => boolean;
}

/** A frontmatter key that is not a field of the content type, with the field probably meant. */
export function unknownFieldMessage(keys: readonly string[], known: readonly string[]): string {
  const named = keys.map((key) => {
    const meant = closestName(key, known);
    return meant ? `"${key}" (bedoelt u "${meant}"?)` : `"${key}"`;
  });
  return `onbekend veld ${named.join(', ')}; toegestane velden zijn: ${known.join(', ')}`;
}

/** Strict: a typo such as `draf: true` stops the build instead of being ignored. */
export function fields<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownFieldMessage(issue.keys, known) : undefined,
  });
}

export const text = (what: string) =>
  z
    .string({ error: `verwacht ${what} (tekst)` })
    .trim()
    .min(1, { error: `${what} mag niet leeg zijn` });

export const title = (hint: string) => text('een titel').register(EDITOR, { label: 'Titel', hint });

export const summary = (hint: string, max?: number) =>
  (max === undefined
    ? text('een samenvatting')
    : text('een samenvatting').max(max, { error: `een samenvatting is hoogstens ${max} tekens` })
  ).register(EDITOR, { label: 'Samenvatting', widget: 'text', hint });

/** A choice from a fixed list, stored as its value (Dutch, as editors type it) and shown with its label. */
export const choice = <const Labels extends Readonly<Record<string, string>>>(
  labels: Labels,
  editor: EditorField,
) => {
  const values = Object.keys(labels) as [keyof Labels & string, ...Array<keyof Labels & string>];
  return z
    .enum(values, { error: `verwacht ${orList(values)}` })
    .register(EDITOR, { choiceLabels: labels, ...editor });
};

/** An address on this site or another site over HTTPS. */
const SITE_OR_HTTPS = /^(\/|https:\/\/)/;
export const siteOrHttps = (error: string) => z.string().regex(SITE_OR_HTTPS, { error });
export const httpsAddress = () => z.string().regex(/^https:\/\/\S+$/, { error: 'verwacht een https-adres' });

/**
 * A day: YAML reads an unquoted 2011-12-08 as a Date at UTC midnight; both forms mean an
 * Amsterdam day. The editor writes the day as 2011-12-08.
 */
export const day = (editor: EditorField) =>
  z
    .union([z.date(), z.string()], { error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2011-12-08' })
    .transform((value, ctx) => {
      const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      if (!isCalendarDay(iso)) {
        ctx.addIssue({ code: 'custom', message: notADay(iso) });
        return z.NEVER;
      }
      return startOfAmsterdamDay(iso);
    })
    .register(EDITOR, { widget: 'datetime', ...editor });

/** The editor fills in today. */
export const TODAY = { default: '{{now}}' };

/** A meeting's start or end (src/lib/agenda/when.ts): a day and a time in Amsterdam, or a day alone. */
export const moment = (editor: EditorField) =>
  z
    .union([z.date(), z.string()], { error: MOMENT_FORM })
    .transform((value, ctx) => {
      const text = momentText(value);
      const read = typeof text === 'string' ? readMoment(text) : text;
      if ('problem' in read) {
        ctx.addIssue({ code: 'custom', message: read.problem });
        return z.NEVER;
      }
      return read;
    })
    .register(EDITOR, { widget: 'moment', ...editor });

export const aliases = z
  .array(
    z
      .string()
      .regex(/^\/[^\s?#]*$/, { error: 'een oud adres begint met "/" en bevat geen spaties, "?" of "#"' })
      .register(EDITOR, { label: 'Oud adres' }),
    { error: 'verwacht een lijst van oude adressen' },
  )
  .register(EDITOR, {
    label: 'Oude adressen',
    item: 'alias',
    options: { label_singular: 'oud adres' },
    hint: `Oude webadressen die naar deze pagina moeten leiden, elk beginnend met /. Een adres mag maar bij één pagina staan, geen bestaand adres van de site zijn en niet met /admin beginnen. ${BUILD_CHECKS}`,
  })
  .default([]);

export const draft = z
  .boolean({ error: 'verwacht true of false' })
  .register(EDITOR, {
    label: 'Concept (nog niet publiceren)',
    hint: 'Aan: het bestand wordt bewaard, maar komt nergens op de site. Zet het uit om te publiceren.',
  })
  .default(false);

/** When an item was last changed in substance (shown to residents). */
export const updated = day({
  label: 'Bijgewerkt op',
  hint: 'Alleen als de inhoud echt is aangepast na het plaatsen; niet vóór de datum van het bericht.',
}).optional();

/** What changed, in short notes shown to residents beside `updated`. */
export const changes = z
  .array(
    text('een korte beschrijving van de wijziging')
      .max(200, { error: 'een wijziging is hoogstens 200 tekens' })
      .register(EDITOR, { label: 'Wijziging' }),
    { error: 'verwacht een lijst van korte beschrijvingen van wat er is gewijzigd' },
  )
  .register(EDITOR, {
    label: 'Wat is er gewijzigd',
    item: 'wijziging',
    options: { label_singular: 'wijziging' },
    hint: `Korte zinnen (hoogstens 200 tekens), alleen samen met "Bijgewerkt op". ${BUILD_CHECKS}`,
  })
  .optional();

/** Change notes belong to a date, and an item cannot be updated before it was published. */
export function withUpdated<
  T extends { updated?: Date | undefined; wijzigingen?: string[] | undefined; date?: Date },
>(data: T, ctx: z.RefinementCtx) {
  if (data.wijzigingen && !data.updated) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: 'wijzigingen staan er, maar de datum updated ontbreekt',
    });
  }
  if (data.updated && data.date && data.updated < data.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message:
        'de datum updated ligt vóór de datum van het bericht (date); een bericht kan niet eerder bijgewerkt zijn dan geplaatst',
    });
  }
}

/** Where an edition's PDF is uploaded, and the site path its field holds. */
export const PDF_FOLDER = { media_folder: '/public/nieuwsbrief/pdf', public_folder: '/nieuwsbrief/pdf' };

export const pdf = (publicFileExists: (sitePath: string) => boolean) =>
  z
    .string()
    .regex(/^\/(?!.*\.\.)[^\s?#]+\.pdf$/i, { error: 'verwacht een pad als /nieuwsbrief/pdf/heilust-1.pdf' })
    .refine(publicFileExists, { error: (issue) => `het bestand public${String(issue.input)} bestaat niet` })
    .register(EDITOR, {
      label: 'PDF',
      widget: 'pdf',
      options: { accept: 'application/pdf', ...PDF_FOLDER },
      hint: `Een toegankelijke (getagde) PDF met Nederlands als documenttaal; verplicht getagd vanaf 23 september 2018. Noem het bestand naar de editie, bijvoorbeeld heilust-9.pdf. ${BUILD_CHECKS}`,
    });

/** Images are stored next to the item, in afbeeldingen/, and written as ./afbeeldingen/naam.jpg. */
const IMAGE_FIELD: EditorField = {
  label: 'Afbeelding',
  widget: 'image',
  options: {
    choose_url: false,
    media_folder: 'afbeeldingen',
    public_folder: './afbeeldingen',
    accept: 'image/jpeg,image/png,image/webp',
  },
  hint: 'Een foto of tekening (JPG, PNG of WebP) bovenaan de pagina. Vul dan ook de beschrijving in.',
};

/** An image at the top of the page, and its description, as two fields (image, imageAlt). */
export const imageFields = (image: ImageFunction) => ({
  image: image().register(EDITOR, IMAGE_FIELD).optional(),
  imageAlt: text('een beschrijving van de afbeelding')
    .register(EDITOR, {
      label: 'Beschrijving van de afbeelding',
      hint: `Wat er op de afbeelding te zien is, voor wie haar niet ziet. Verplicht als er een afbeelding is, en alleen dan. ${BUILD_CHECKS}`,
    })
    .optional(),
});

/** An image needs its description: screen reader users must know what it shows. */
export function withImageAlt<T extends { image?: unknown; imageAlt?: string | undefined }>(
  data: T,
  ctx: z.RefinementCtx,
) {
  if (data.image && !data.imageAlt) {
    ctx.addIssue({
      code: 'custom',
      path: ['imageAlt'],
      message: 'een afbeelding heeft een beschrijving (imageAlt) nodig',
    });
  }
  if (data.imageAlt && !data.image) {
    ctx.addIssue({ code: 'custom', path: ['image'], message: 'imageAlt staat er, maar image ontbreekt' });
  }
}

/** What a relation needs to know of the content type it points to. */
export interface TypeRef {
  /** Its name in code (src/lib/content/model.ts). */
  name: string;
  /** Its folder in content/. */
  folder: string;
}

/** A choice from the items of another content type, stored as their file name (the slug). */
export const relation = (tools: SchemaTools, target: TypeRef, editor: EditorField) =>
  tools.reference(target.name).register(EDITOR, { widget: 'relation', collection: target.name, ...editor });

/** Several choices from the items of another content type. */
export const relations = (tools: SchemaTools, target: TypeRef, editor: EditorField) =>
  z
    .array(tools.reference(target.name), {
      error: `verwacht een lijst van namen uit content/${target.folder}/`,
    })
    .register(EDITOR, { widget: 'relation', collection: target.name, ...editor });
