/**
 * A person residents can call or mail about a project (and, with an extra field, about works in
 * the street): name and role, and a Dutch phone number (phone.ts) or an e-mail address, or both.
 * A kind of field as those in field-kinds.ts, so every type that has contacts checks them alike.
 */
import { z } from 'astro/zod';
import { BUILD_CHECKS, EDITOR, type EditorField } from './editor-settings.ts';
import { fields, text } from './field-kinds.ts';
import { PHONE_AS_TEXT, PHONE_EXAMPLE, readPhone } from './phone.ts';

export const PHONE_OR_EMAIL = 'geef een telefoonnummer of een e-mailadres, of allebei';
const EMAIL_FORM = 'verwacht een e-mailadres, bijvoorbeeld info@westwint.nl';

/** A Dutch phone number, kept as residents see it and as its link dials it. */
export const phone = (editor: EditorField) =>
  z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? PHONE_AS_TEXT
          : `verwacht een telefoonnummer, bijvoorbeeld ${PHONE_EXAMPLE}`,
    })
    .transform((written, ctx) => {
      const read = readPhone(written);
      if ('problem' in read) {
        ctx.addIssue({ code: 'custom', message: read.problem });
        return z.NEVER;
      }
      return read;
    })
    .register(EDITOR, editor);

/** An e-mail address, by the pattern Zod checks addresses with (the editor checks it as one types). */
export const email = (editor: EditorField) =>
  z
    .string({ error: EMAIL_FORM })
    .trim()
    .regex(z.regexes.email, { error: EMAIL_FORM })
    .register(EDITOR, editor);

/** The fields every contact has. */
export const contactFields = () => ({
  name: text('een naam').register(EDITOR, {
    label: 'Naam',
    hint: 'Wie bewoners bellen of mailen: een afdeling of organisatie, bijvoorbeeld Gemeente Kerkrade.',
  }),
  role: text('een functie').register(EDITOR, {
    label: 'Functie',
    hint: 'Waarvoor bewoners hier terecht kunnen, bijvoorbeeld projectleider Park West.',
  }),
  phone: phone({
    label: 'Telefoonnummer',
    hint: `Een Nederlands nummer met netnummer, bijvoorbeeld ${PHONE_EXAMPLE}. ${BUILD_CHECKS}`,
  }).optional(),
  email: email({ label: 'E-mailadres', hint: 'Bijvoorbeeld info@westwint.nl.' }).optional(),
});

/** A contact can be reached: by phone, by mail, or both. */
export function withPhoneOrEmail<T extends { phone?: unknown; email?: unknown }>(
  data: T,
  ctx: z.RefinementCtx,
) {
  if (data.phone === undefined && data.email === undefined) {
    ctx.addIssue({ code: 'custom', path: [], message: PHONE_OR_EMAIL });
  }
}

/** One contact; `extra` fields for a type that needs more of it (works: a number for outside working hours). */
export const contact = <Extra extends z.core.$ZodLooseShape = Record<never, never>>(extra?: Extra) =>
  fields({ ...contactFields(), ...(extra ?? ({} as Extra)) }).superRefine(withPhoneOrEmail);

/** The people to call about an item, in the order residents see them. */
export const contacts = (hint: string) =>
  z
    .array(contact(), { error: 'verwacht een lijst van contactpersonen' })
    .register(EDITOR, {
      label: 'Contactpersonen',
      item: 'contactpersoon',
      options: { label_singular: 'contactpersoon' },
      hint,
    })
    .default([]);

/** A contact as the pages get it. */
export type Contact = z.output<ReturnType<typeof contact>>;
