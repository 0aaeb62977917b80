/**
 * The editors' interface: one Markdown file per item in the top-level content/ folder.
 * docs/redactie.md describes every field; keep the two in step.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { CONTENT_DIR, NEWS_SUMMARY_MAX, PUBLIC_DIR } from './consts';
import { isCalendarDay, startOfAmsterdamDay } from './lib/dates/amsterdam';
import { markdownCollection, yamlRecord } from './lib/content/loader';
import { unknownFieldMessage } from './lib/content/checks';

const dir = (name: string) => join(CONTENT_DIR, name);

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

const slugList = (collection: 'projecten' | 'buurten') =>
  z.array(reference(collection), { error: `verwacht een lijst van namen uit content/${collection}/` });

/** An image needs its description: screen reader users must know what it shows. */
function withImageAlt<T extends { image?: unknown; imageAlt?: string }>(data: T, ctx: z.RefinementCtx) {
  if (data.image && !data.imageAlt) {
    ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'een afbeelding heeft een beschrijving (imageAlt) nodig' });
  }
  if (data.imageAlt && !data.image) {
    ctx.addIssue({ code: 'custom', path: ['image'], message: 'imageAlt staat er, maar image ontbreekt' });
  }
}

const themas = defineCollection({
  loader: markdownCollection(dir('themas')),
  schema: fields({
    title: text('een titel'),
    summary: text('een samenvatting'),
    order: z.number({ error: 'verwacht een volgnummer (1, 2, 3 …)' }).int().positive(),
  }),
});

const buurten = defineCollection({
  loader: markdownCollection(dir('buurten')),
  schema: fields({
    title: text('een titel'),
    summary: text('een samenvatting'),
  }),
});

const projecten = defineCollection({
  loader: markdownCollection(dir('projecten')),
  schema: ({ image }) =>
    fields({
      title: text('een titel'),
      summary: text('een samenvatting'),
      theme: reference('themas'),
      neighbourhoods: slugList('buurten').min(1, { error: 'noem ten minste één buurt' }),
      status: z.enum(['gepland', 'in-uitvoering', 'afgerond'], {
        error: 'verwacht gepland, in-uitvoering of afgerond',
      }),
      partners: z.array(text('een partnernaam')).default([]),
      image: image().optional(),
      imageAlt: text('een beschrijving van de afbeelding').optional(),
      aliases,
    }).superRefine(withImageAlt),
});

const nieuws = defineCollection({
  loader: markdownCollection(dir('nieuws')),
  schema: ({ image }) =>
    fields({
      title: text('een titel'),
      date: day,
      summary: text('een samenvatting').max(NEWS_SUMMARY_MAX, {
        error: `een samenvatting is hoogstens ${NEWS_SUMMARY_MAX} tekens`,
      }),
      projects: slugList('projecten').default([]),
      neighbourhoods: slugList('buurten').default([]),
      image: image().optional(),
      imageAlt: text('een beschrijving van de afbeelding').optional(),
      draft,
      aliases,
    }).superRefine(withImageAlt),
});

const nieuwsbrief = defineCollection({
  loader: markdownCollection(dir('nieuwsbrief')),
  schema: fields({
    title: text('een titel'),
    edition: z.number({ error: 'verwacht een editienummer (1, 2, 3 …)' }).int({ error: 'een editienummer is een heel getal' }).positive({ error: 'een editienummer is groter dan 0' }),
    date: day,
    summary: text('een samenvatting'),
    pdf: z
      .string()
      .regex(/^\/(?!.*\.\.)[^\s?#]+\.pdf$/i, { error: 'verwacht een pad als /nieuwsbrief/pdf/heilust-1.pdf' })
      .refine((path) => existsSync(join(PUBLIC_DIR, path)), {
        error: (issue) => `het bestand public${String(issue.input)} bestaat niet`,
      })
      .optional(),
    draft,
    aliases,
  }),
});

const paginas = defineCollection({
  loader: markdownCollection(dir('paginas')),
  schema: fields({
    title: text('een titel'),
    summary: text('een samenvatting'),
    aliases,
  }),
});

const link = fields({ label: text('een linktekst'), href: z.string().regex(/^(\/|https:\/\/)/, { error: 'een link begint met / of https://' }) });

/** content/site.yaml: one record of site-wide settings. */
const site = defineCollection({
  loader: yamlRecord(join(CONTENT_DIR, 'site.yaml'), 'site'),
  schema: fields({
    name: text('de naam van de site'),
    tagline: text('een ondertitel'),
    description: text('een beschrijving'),
    partners: z.array(fields({ name: text('een partnernaam'), url: z.url({ protocol: /^https$/, error: 'verwacht een https-adres' }) })).min(1),
    social: fields({ label: text('een accountnaam'), url: z.url({ protocol: /^https$/ }) }),
    navigation: z.array(link).min(1),
    newsletterSignupAction: z.string().regex(/^(\/|https:\/\/)/, { error: 'verwacht een adres dat begint met / of https://' }),
  }),
});

export const collections = { themas, buurten, projecten, nieuws, nieuwsbrief, paginas, site };
