/**
 * The content model: what every field of every content file may hold, with the Dutch
 * message an editor sees when it does not. docs/redactie.md describes every field; keep
 * the two in step.
 *
 * Plain Zod, so the collections (src/content.config.ts), the unit tests and other tools
 * can all use it (imports carry their .ts extension, so `node` runs it as it is: npm run nieuw).
 * Astro's `image()` and `reference()` only exist inside Astro, so they are
 * passed in.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ImageFunction } from 'astro/content/config';
import { z } from 'astro/zod';
import { NEWS_SUMMARY_MAX, PUBLIC_DIR } from '../../consts.ts';
import { isCalendarDay, startOfAmsterdamDay } from '../dates/amsterdam.ts';
import { unknownFieldMessage } from './checks.ts';

/** The collections a field may point to by slug. */
export type ReferencedCollection = 'themas' | 'buurten' | 'projecten';

export interface SchemaTools {
  image: ImageFunction;
  reference: (collection: ReferencedCollection) => z.ZodType<{ id: string; collection: string }>;
}

export const PROJECT_STATUSES = ['gepland', 'in-uitvoering', 'afgerond'] as const;

/** Strict: a typo such as `draf: true` stops the build instead of being ignored. */
function fields<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldMessage(issue.keys, known) : undefined),
  });
}

const text = (what: string) =>
  z.string({ error: `verwacht ${what} (tekst)` }).trim().min(1, { error: `${what} mag niet leeg zijn` });

/** YAML reads an unquoted 2011-12-08 as a Date at UTC midnight; both forms mean an Amsterdam day. */
const day = z
  .union([z.date(), z.string()], { error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2011-12-08' })
  .transform((value, ctx) => {
    const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    if (!isCalendarDay(iso)) {
      ctx.addIssue({ code: 'custom', message: `"${iso}" is geen bestaande datum; schrijf JJJJ-MM-DD` });
      return z.NEVER;
    }
    return startOfAmsterdamDay(iso);
  });

const alias = z
  .string()
  .regex(/^\/[^\s?#]*$/, { error: 'een oud adres begint met "/" en bevat geen spaties, "?" of "#"' });

const aliases = z.array(alias, { error: 'verwacht een lijst van oude adressen' }).default([]);

const draft = z.boolean({ error: 'verwacht true of false' }).default(false);

/** When an item was last changed in substance, and what changed (short notes, shown to residents). */
const updated = day.optional();
const changes = z
  .array(text('een korte beschrijving van de wijziging').max(200, { error: 'een wijziging is hoogstens 200 tekens' }), {
    error: 'verwacht een lijst van korte beschrijvingen van wat er is gewijzigd',
  })
  .optional();

/** Change notes belong to a date, and an item cannot be updated before it was published. */
function withUpdated<T extends { updated?: Date | undefined; wijzigingen?: string[] | undefined; date?: Date }>(data: T, ctx: z.RefinementCtx) {
  if (data.wijzigingen && !data.updated) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: 'wijzigingen staan er, maar de datum updated ontbreekt' });
  }
  if (data.updated && data.date && data.updated < data.date) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: 'de datum updated ligt vóór de datum van het bericht (date); een bericht kan niet eerder bijgewerkt zijn dan geplaatst' });
  }
}

const pdf = z
  .string()
  .regex(/^\/(?!.*\.\.)[^\s?#]+\.pdf$/i, { error: 'verwacht een pad als /nieuwsbrief/pdf/heilust-1.pdf' })
  .refine((path) => existsSync(join(PUBLIC_DIR, path)), {
    error: (issue) => `het bestand public${String(issue.input)} bestaat niet`,
  });

/** An image needs its description: screen reader users must know what it shows. */
function withImageAlt<T extends { image?: unknown; imageAlt?: string | undefined }>(data: T, ctx: z.RefinementCtx) {
  if (data.image && !data.imageAlt) {
    ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'een afbeelding heeft een beschrijving (imageAlt) nodig' });
  }
  if (data.imageAlt && !data.image) {
    ctx.addIssue({ code: 'custom', path: ['image'], message: 'imageAlt staat er, maar image ontbreekt' });
  }
}

const link = fields({
  label: text('een linktekst'),
  href: z.string().regex(/^(\/|https:\/\/)/, { error: 'een link begint met / of https://' }),
});

/** Every collection's schema, made with the image() and reference() given (the unit tests, other tools). */
export function contentSchemas(tools: SchemaTools): ContentSchemas {
  return makeSchemas(tools);
}

/** Stands in for Astro's image() in the shared schemas; collectionSchema() puts the real one in. */
const placeholderImage = (() => z.string()) as unknown as ImageFunction;
let shared: ContentSchemas | undefined;

/**
 * One collection's schema for content.config.ts. Astro asks for it once per entry, with an
 * image() that resolves paths next to that entry. Making Zod schemas is slow (at 10,000 news
 * items it was a tenth of the build), so the schemas are made once and, for the collections
 * with an image, only that field is made per entry; refinements and messages stay as they are.
 */
export function collectionSchema<K extends keyof ContentSchemas>(name: K, { image, reference }: SchemaTools): ContentSchemas[K] {
  shared ??= makeSchemas({ image: placeholderImage, reference });
  const schema = shared[name];
  if (name !== 'projecten' && name !== 'nieuws') return schema;
  return (schema as ContentSchemas['nieuws']).safeExtend({ image: image().optional() }) as unknown as ContentSchemas[K];
}

function makeSchemas({ image, reference }: SchemaTools) {
  const slugList = (collection: 'projecten' | 'buurten') =>
    z.array(reference(collection), { error: `verwacht een lijst van namen uit content/${collection}/` });

  return {
    themas: fields({
      title: text('een titel'),
      summary: text('een samenvatting'),
      order: z.number({ error: 'verwacht een volgnummer (1, 2, 3 …)' }).int().positive(),
    }),

    buurten: fields({
      title: text('een titel'),
      summary: text('een samenvatting'),
    }),

    projecten: fields({
      title: text('een titel'),
      summary: text('een samenvatting'),
      theme: reference('themas'),
      neighbourhoods: slugList('buurten').min(1, { error: 'noem ten minste één buurt' }),
      status: z.enum(PROJECT_STATUSES, { error: 'verwacht gepland, in-uitvoering of afgerond' }),
      partners: z.array(text('een partnernaam')).default([]),
      image: image().optional(),
      imageAlt: text('een beschrijving van de afbeelding').optional(),
      updated,
      wijzigingen: changes,
      aliases,
    })
      .superRefine(withImageAlt)
      .superRefine(withUpdated),

    nieuws: fields({
      title: text('een titel'),
      date: day,
      summary: text('een samenvatting').max(NEWS_SUMMARY_MAX, {
        error: `een samenvatting is hoogstens ${NEWS_SUMMARY_MAX} tekens`,
      }),
      projects: slugList('projecten').default([]),
      neighbourhoods: slugList('buurten').default([]),
      image: image().optional(),
      imageAlt: text('een beschrijving van de afbeelding').optional(),
      updated,
      wijzigingen: changes,
      draft,
      aliases,
    })
      .superRefine(withImageAlt)
      .superRefine(withUpdated),

    nieuwsbrief: fields({
      title: text('een titel'),
      edition: z
        .number({ error: 'verwacht een editienummer (1, 2, 3 …)' })
        .int({ error: 'een editienummer is een heel getal' })
        .positive({ error: 'een editienummer is groter dan 0' }),
      date: day,
      summary: text('een samenvatting'),
      pdf: pdf.optional(),
      draft,
      aliases,
    }),

    paginas: fields({
      title: text('een titel'),
      summary: text('een samenvatting'),
      updated,
      wijzigingen: changes,
      aliases,
    }).superRefine(withUpdated),

    /** content/site.yaml: one record of site-wide settings. */
    site: fields({
      name: text('de naam van de site'),
      tagline: text('een ondertitel'),
      description: text('een beschrijving'),
      partners: z
        .array(fields({ name: text('een partnernaam'), url: z.url({ protocol: /^https$/, error: 'verwacht een https-adres' }) }))
        .min(1),
      social: fields({ label: text('een accountnaam'), url: z.url({ protocol: /^https$/ }) }),
      navigation: z.array(link).min(1),
      newsletterSignupAction: z
        .string()
        .regex(/^(\/|https:\/\/)/, { error: 'verwacht een adres dat begint met / of https://' }),
      security: fields({
        contact: z.string().regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[\d ]+)$/, {
          error: 'verwacht mailto:naam@domein.nl, een https-adres of tel:+31…',
        }),
        expires: day,
        languages: z.array(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'verwacht een taalcode als nl of en' })).min(1),
        policy: z.string().regex(/^(\/|https:\/\/)/, { error: 'verwacht een adres dat begint met / of https://' }).optional(),
      }),
    }),
  };
}

export type ContentSchemas = ReturnType<typeof makeSchemas>;
