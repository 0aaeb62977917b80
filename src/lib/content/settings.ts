/**
 * content/site.yaml: the settings of the whole site (its name, partners, menu, the sign-up's
 * address and who to tell of a security problem). One record, read by its own loader.
 */
import { z } from 'astro/zod';
import { contact } from './contact.ts';
import { BUILD_CHECKS, EDITOR } from './editor-settings.ts';
import { fields, httpsAddress, siteOrHttps, text } from './field-kinds.ts';

export const SETTINGS_FILE = 'content/site.yaml';

export const SETTINGS_SCHEMA = fields({
  name: text('de naam van de site').register(EDITOR, {
    label: 'Naam van de site',
    hint: 'Staat bovenaan elke pagina en in de titel van de tab.',
  }),
  tagline: text('een ondertitel').register(EDITOR, {
    label: 'Ondertitel',
    hint: 'Eén regel onder de naam.',
  }),
  description: text('een beschrijving').register(EDITOR, {
    label: 'Beschrijving',
    widget: 'text',
    hint: 'Voor zoekmachines en de RSS-feed.',
  }),
  partners: z
    .array(
      fields({
        name: text('een partnernaam').register(EDITOR, { label: 'Naam' }),
        url: httpsAddress().register(EDITOR, { label: 'Website', options: { type: 'url' } }),
      }),
    )
    .min(1)
    .register(EDITOR, {
      label: 'Partners',
      options: { label_singular: 'partner', summary: '{{fields.name}}' },
      hint: 'Onderaan elke pagina, met een link naar hun site.',
    }),
  social: fields({
    label: text('een accountnaam').register(EDITOR, {
      label: 'Accountnaam',
      hint: 'Bijvoorbeeld @Westwintaanruim',
    }),
    url: httpsAddress().register(EDITOR, { label: 'Adres', options: { type: 'url' } }),
  }).register(EDITOR, { label: 'Account op X' }),
  navigation: z
    .array(
      fields({
        label: text('een linktekst').register(EDITOR, { label: 'Tekst', hint: 'Het woord in het menu.' }),
        href: siteOrHttps('een link begint met / of https://').register(EDITOR, {
          label: 'Adres',
          hint: 'Begint met / (een pagina van deze site) of https://',
        }),
      }),
    )
    .min(1)
    .register(EDITOR, {
      label: 'Menu',
      options: { label_singular: 'menu-onderdeel', summary: '{{fields.label}}' },
      hint: 'De onderdelen van het hoofdmenu, in deze volgorde.',
    }),
  contact: contact().register(EDITOR, {
    label: 'Algemeen contact',
    hint: `Wie bewoners bellen of mailen als een project of werk geen eigen contact heeft. Staat op elke brief over werkzaamheden die geen ander contact heeft. ${BUILD_CHECKS}`,
  }),
  newsletterSignupAction: siteOrHttps('verwacht een adres dat begint met / of https://').register(EDITOR, {
    label: 'Adres van het aanmeldformulier voor de nieuwsbrief',
    hint: `Waar het aanmeldformulier naartoe gaat. Een adres op een andere site moet ook in de beveiligingsregels van de site staan. ${BUILD_CHECKS}`,
  }),
  security: fields({
    contact: z
      .string()
      .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[\d ]+)$/, {
        error: 'verwacht mailto:naam@domein.nl, een https-adres of tel:+31…',
      })
      .register(EDITOR, { label: 'Contact', hint: 'mailto:naam@domein.nl, een https-adres of tel:+31…' }),
    languages: z
      .array(
        z
          .string()
          .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'verwacht een taalcode als nl of en' })
          .register(EDITOR, { label: 'Taalcode' }),
      )
      .min(1)
      .register(EDITOR, {
        label: 'Talen',
        item: 'language',
        options: { label_singular: 'taal' },
        hint: 'Taalcodes, bijvoorbeeld nl en en.',
      }),
    policy: siteOrHttps('verwacht een adres dat begint met / of https://')
      .register(EDITOR, { label: 'Pagina over melden', hint: 'Bijvoorbeeld /kwetsbaarheid-melden/' })
      .optional(),
  }).register(EDITOR, { label: 'Beveiligingsproblemen melden (security.txt)' }),
});
