/**
 * The configuration of the editor at /admin/ (Sveltia CMS), served as /admin/config.yml.
 * It describes the same content model as src/lib/content/schemas.ts, in the editor's terms,
 * with Dutch labels and hints in the words of docs/redactie.md.
 * tests/unit/cms-config.test.ts fails when a field is on one side only, when required or
 * optional differ, or when choices or referenced collections differ; it also validates this
 * object against the JSON schema Sveltia ships.
 *
 * Its labels and hints live here rather than in src/strings.ts: they are the editor's words, and
 * strings.ts is bundled into the public pages' scripts.
 *
 * What the editor cannot check (an image needs its description, a unique edition number,
 * an old address that clashes) stays a build error; the hints say so.
 */
import { NEWS_SUMMARY_MAX } from '../../consts.ts';
import { t } from '../../strings.ts';
import { PROJECT_STATUSES } from '../content/schemas.ts';

/**
 * The GitHub repository the editor saves to. Netlify's build sets REPOSITORY_URL and BRANCH, so
 * a deploy always points the editor at the repository and branch it was built from; other
 * builds (a laptop, the tests) fall back to the main branch of this repository.
 */
const DEFAULT_REPOSITORY = 'westwint/website';

export function repositoryFrom(env: Record<string, string | undefined>): { repo: string; branch: string } {
  const match = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(env.REPOSITORY_URL ?? '');
  return { repo: match?.[1] ?? DEFAULT_REPOSITORY, branch: env.BRANCH || 'main' };
}

type Field = Record<string, unknown> & { name: string; widget: string; required?: boolean };

/** Addresses the build accepts: a page of this site or another site over HTTPS. */
const SITE_OR_HTTPS = ['^(/|https://)', 'Begint met / of https://'];
const HTTPS = ['^https://', 'Begint met https://'];
/** Editions' PDFs: where the file goes, and the site path written in the field. */
const PDF_FOLDER = { media_folder: '/public/nieuwsbrief/pdf', public_folder: '/nieuwsbrief/pdf' };

const BUILD_CHECKS = 'De bouw controleert dit; klopt het niet, dan blijft de oude site online en noemt het bouwlog de fout.';

const title = (hint: string): Field => ({ name: 'title', label: 'Titel', widget: 'string', hint });

const summary = (hint: string, maxlength?: number): Field => ({
  name: 'summary',
  label: 'Samenvatting',
  widget: 'text',
  hint,
  ...(maxlength ? { maxlength } : {}),
});

/** Dates are written as 2011-12-08: a calendar day, which the build reads as Amsterdam time. */
const day = (name: string, label: string, hint: string, use: 'today' | 'required' | 'optional' = 'today'): Field => ({
  name,
  label,
  widget: 'datetime',
  type: 'date',
  format: 'YYYY-MM-DD',
  hint,
  ...(use === 'today' ? { default: '{{now}}' } : use === 'optional' ? { required: false } : {}),
});

/**
 * The text opens as Markdown, as docs/redactie.md teaches it, with rich text one click away.
 * Opened as rich text, Sveltia rewrites the Markdown in its own style (*schuin* becomes _schuin_)
 * even when nothing in the text changed. No components: an image belongs in the image field.
 */
const body = (hint: string): Field => ({ name: 'body', label: 'Tekst', widget: 'markdown', modes: ['raw', 'rich_text'], editor_components: [], hint });

const draft: Field = {
  name: 'draft',
  label: 'Concept (nog niet publiceren)',
  widget: 'boolean',
  default: false,
  required: false,
  hint: 'Aan: het bestand wordt bewaard, maar komt nergens op de site. Zet het uit om te publiceren.',
};

const aliases: Field = {
  name: 'aliases',
  label: 'Oude adressen',
  label_singular: 'oud adres',
  widget: 'list',
  required: false,
  hint: `Oude webadressen die naar deze pagina moeten leiden, elk beginnend met /. Een adres mag maar bij één pagina staan, geen bestaand adres van de site zijn en niet met /admin beginnen. ${BUILD_CHECKS}`,
  field: { name: 'alias', label: 'Oud adres', widget: 'string', pattern: ['^/[^\\s?#]*$', 'Begint met / en bevat geen spaties, ? of #'] },
};

const updated = day(
  'updated',
  'Bijgewerkt op',
  'Alleen als de inhoud echt is aangepast na het plaatsen; niet vóór de datum van het bericht.',
  'optional',
);

const changes: Field = {
  name: 'wijzigingen',
  label: 'Wat is er gewijzigd',
  label_singular: 'wijziging',
  widget: 'list',
  required: false,
  hint: `Korte zinnen (hoogstens 200 tekens), alleen samen met "Bijgewerkt op". ${BUILD_CHECKS}`,
  field: { name: 'wijziging', label: 'Wijziging', widget: 'string', maxlength: 200 },
};

/** Images are stored next to the item, in afbeeldingen/, and written as ./afbeeldingen/naam.jpg. */
const image: Field = {
  name: 'image',
  label: 'Afbeelding',
  widget: 'image',
  required: false,
  choose_url: false,
  media_folder: 'afbeeldingen',
  public_folder: './afbeeldingen',
  accept: 'image/jpeg,image/png,image/webp',
  hint: 'Een foto of tekening (JPG, PNG of WebP) bovenaan de pagina. Vul dan ook de beschrijving in.',
};

const imageAlt: Field = {
  name: 'imageAlt',
  label: 'Beschrijving van de afbeelding',
  widget: 'string',
  required: false,
  hint: `Wat er op de afbeelding te zien is, voor wie haar niet ziet. Verplicht als er een afbeelding is, en alleen dan. ${BUILD_CHECKS}`,
};

/** A choice from the files of another collection, stored as their file name (the slug). */
const relation = (name: string, label: string, collection: string, options: { multiple: boolean; required: boolean; hint: string; min?: number }): Field => ({
  name,
  label,
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: ['title'],
  display_fields: ['title'],
  multiple: options.multiple,
  ...(options.min ? { min: options.min } : {}),
  ...(options.required ? {} : { required: false }),
  hint: options.hint,
});

/** Folder collections share these: one Markdown file per item, named by the slug of its title. */
const folderCollection = (name: string, label: string, labelSingular: string, description: string, fields: Field[], extra: Record<string, unknown> = {}) => ({
  name,
  label,
  label_singular: labelSingular,
  description,
  folder: `content/${name}`,
  extension: 'md',
  format: 'yaml-frontmatter',
  identifier_field: 'title',
  // {{slug}} is the title in the slug rules of cmsConfig(); editions are named by their number.
  slug: '{{slug}}',
  fields,
  ...extra,
});

const link = (labelHint: string): Field[] => [
  { name: 'label', label: 'Tekst', widget: 'string', hint: labelHint },
  { name: 'href', label: 'Adres', widget: 'string', hint: 'Begint met / (een pagina van deze site) of https://', pattern: SITE_OR_HTTPS },
];

export const COLLECTIONS = [
  folderCollection(
    'nieuws',
    'Nieuwsberichten',
    'Nieuwsbericht',
    'Nieuws uit de buurten en over de projecten. Het nieuwste staat bovenaan de site.',
    [
      title('De kop van het bericht. Daaruit wordt ook de bestandsnaam en het webadres gemaakt.'),
      day('date', 'Datum', 'De datum van het bericht. Een datum in de toekomst verschijnt op die dag.'),
      summary(`Korte samenvatting, hoogstens ${NEWS_SUMMARY_MAX} tekens. Staat in lijsten en in de RSS-feed.`, NEWS_SUMMARY_MAX),
      relation('projects', 'Projecten', 'projecten', { multiple: true, required: false, hint: 'De projecten waar het bericht over gaat.' }),
      relation('neighbourhoods', 'Buurten', 'buurten', { multiple: true, required: false, hint: 'De buurten waar het bericht over gaat.' }),
      image,
      imageAlt,
      updated,
      changes,
      draft,
      aliases,
      body('De tekst van het bericht. Gebruik tussenkoppen en korte alinea\'s.'),
    ],
    { sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } }, summary: '{{date}} · {{title}}', preview_path: '/nieuws/{{slug}}/' },
  ),
  folderCollection(
    'nieuwsbrief',
    'Nieuwsbrief Heilust',
    'Editie',
    'Elke editie van de Nieuwsbrief Heilust, met de PDF als die er is.',
    [
      title('Bijvoorbeeld: Nieuwsbrief Heilust, editie 9'),
      {
        name: 'edition',
        label: 'Editienummer',
        widget: 'number',
        value_type: 'int',
        min: 1,
        step: 1,
        hint: `Een heel getal; elk nummer maar één keer. ${BUILD_CHECKS}`,
      },
      day('date', 'Datum van verschijnen', 'De dag waarop de editie verschijnt.'),
      summary('Wat er in deze editie staat, in één of twee zinnen.'),
      {
        name: 'pdf',
        label: 'PDF',
        widget: 'file',
        required: false,
        choose_url: false,
        accept: 'application/pdf',
        ...PDF_FOLDER,
        hint: `Een toegankelijke (getagde) PDF met Nederlands als documenttaal; verplicht getagd vanaf 23 september 2018. Noem het bestand naar de editie, bijvoorbeeld heilust-9.pdf. ${BUILD_CHECKS}`,
      },
      draft,
      aliases,
      body('De inhoud van de editie als tekst, zodat iedereen haar kan lezen, ook zonder PDF.'),
    ],
    {
      // heilust-9.md for edition 9, as docs/redactie.md asks.
      slug: 'heilust-{{fields.edition}}',
      sortable_fields: { fields: ['edition', 'date'], default: { field: 'edition', direction: 'descending' } },
      summary: '{{edition}} · {{title}}',
      preview_path: '/nieuwsbrief/{{slug}}/',
    },
  ),
  folderCollection(
    'projecten',
    'Projecten',
    'Project',
    'De deelprojecten van het programma, elk bij één thema en één of meer buurten.',
    [
      title('De naam van het project.'),
      summary('Eén of twee zinnen over het project; staat in lijsten.'),
      relation('theme', 'Thema', 'themas', { multiple: false, required: true, hint: 'Het thema waar het project bij hoort.' }),
      relation('neighbourhoods', 'Buurten', 'buurten', { multiple: true, required: true, min: 1, hint: 'De buurt of buurten van het project, ten minste één.' }),
      {
        name: 'status',
        label: 'Stand van zaken',
        widget: 'select',
        options: PROJECT_STATUSES.map((value) => ({ label: t.statusLabel[value], value })),
        hint: 'Gepland, in uitvoering of afgerond.',
      },
      { name: 'partners', label: 'Partners', label_singular: 'partner', widget: 'list', required: false, hint: 'Wie meedoen, bijvoorbeeld Gemeente Kerkrade.', field: { name: 'partner', label: 'Partner', widget: 'string' } },
      image,
      imageAlt,
      updated,
      changes,
      aliases,
      body('Over het project: wat er gebeurt, waar, en wanneer.'),
    ],
    { preview_path: '/projecten/{{slug}}/' },
  ),
  folderCollection(
    'themas',
    "Thema's",
    'Thema',
    "De vier thema's van het programma.",
    [
      title('De naam van het thema.'),
      summary('Eén of twee zinnen over het thema.'),
      { name: 'order', label: 'Volgorde', widget: 'number', value_type: 'int', min: 1, step: 1, hint: "De plaats in de lijst van thema's: 1, 2, 3 …" },
      body('Over het thema.'),
    ],
    { preview_path: '/themas/{{slug}}/' },
  ),
  folderCollection(
    'buurten',
    'Buurten',
    'Buurt',
    'De buurten van Kerkrade-West.',
    [title('De naam van de buurt.'), summary('Eén of twee zinnen over de buurt.'), body('Over de buurt.')],
    { preview_path: '/buurten/{{slug}}/' },
  ),
  folderCollection(
    'paginas',
    "Algemene pagina's",
    'Pagina',
    'Losse pagina\'s zoals contact, privacy en toegankelijkheid. Het webadres is de bestandsnaam: /contact/.',
    [
      title('De titel van de pagina.'),
      summary('Eén of twee zinnen over de pagina; ook voor zoekmachines.'),
      updated,
      changes,
      aliases,
      body('De tekst van de pagina.'),
    ],
    { preview_path: '/{{slug}}/' },
  ),
  {
    name: 'instellingen',
    label: 'Instellingen',
    description: 'Instellingen voor de hele site: naam, partners, menu en meldpunt.',
    files: [
      {
        name: 'site',
        label: 'Instellingen van de site',
        file: 'content/site.yaml',
        format: 'yaml',
        fields: [
          { name: 'name', label: 'Naam van de site', widget: 'string', hint: 'Staat bovenaan elke pagina en in de titel van de tab.' },
          { name: 'tagline', label: 'Ondertitel', widget: 'string', hint: 'Eén regel onder de naam.' },
          { name: 'description', label: 'Beschrijving', widget: 'text', hint: 'Voor zoekmachines en de RSS-feed.' },
          {
            name: 'partners',
            label: 'Partners',
            label_singular: 'partner',
            widget: 'list',
            min: 1,
            summary: '{{fields.name}}',
            hint: 'Onderaan elke pagina, met een link naar hun site.',
            fields: [
              { name: 'name', label: 'Naam', widget: 'string' },
              { name: 'url', label: 'Website', widget: 'string', type: 'url', pattern: HTTPS },
            ],
          },
          {
            name: 'social',
            label: 'Account op X',
            widget: 'object',
            fields: [
              { name: 'label', label: 'Accountnaam', widget: 'string', hint: 'Bijvoorbeeld @Westwintaanruim' },
              { name: 'url', label: 'Adres', widget: 'string', type: 'url', pattern: HTTPS },
            ],
          },
          {
            name: 'navigation',
            label: 'Menu',
            label_singular: 'menu-onderdeel',
            widget: 'list',
            min: 1,
            summary: '{{fields.label}}',
            hint: 'De onderdelen van het hoofdmenu, in deze volgorde.',
            fields: link('Het woord in het menu.'),
          },
          {
            name: 'newsletterSignupAction',
            label: 'Adres van het aanmeldformulier voor de nieuwsbrief',
            widget: 'string',
            pattern: SITE_OR_HTTPS,
            hint: `Waar het aanmeldformulier naartoe gaat. Een adres op een andere site moet ook in de beveiligingsregels (netlify.toml) staan; ${BUILD_CHECKS}`,
          },
          {
            name: 'security',
            label: 'Beveiligingsproblemen melden (security.txt)',
            widget: 'object',
            fields: [
              { name: 'contact', label: 'Contact', widget: 'string', hint: 'mailto:naam@domein.nl, een https-adres of tel:+31…', pattern: ['^(mailto:[^\\s@]+@[^\\s@]+|https://\\S+|tel:\\+?[\\d ]+)$', 'mailto:…, https://… of tel:+31…'] },
              day('expires', 'Geldig tot', 'Hoogstens een jaar vooruit. Vernieuw op tijd: de tests falen vanaf 30 dagen ervoor.', 'required'),
              { name: 'languages', label: 'Talen', label_singular: 'taal', widget: 'list', min: 1, hint: 'Taalcodes, bijvoorbeeld nl en en.', field: { name: 'language', label: 'Taalcode', widget: 'string', pattern: ['^[a-z]{2}(-[A-Z]{2})?$', 'Een taalcode als nl of en'] } },
              { name: 'policy', label: 'Pagina over melden', widget: 'string', required: false, hint: 'Bijvoorbeeld /kwetsbaarheid-melden/', pattern: SITE_OR_HTTPS },
            ],
          },
        ],
      },
    ],
  },
];

export type Backend = { name: 'github'; repo: string; branch: string } | { name: 'test-repo' };

/** The whole configuration. The tests swap the back end for Sveltia's own test back end. */
export function cmsConfig(backend: Backend) {
  return {
    backend,
    publish_mode: 'simple',
    app_title: 'Redactie West wint aan ruimte',
    // New files are named as the build requires: lower case, digits and hyphens ("'t Westhoes" -> t-westhoes).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    // An empty optional field is left out of the file: `image: ''` would stop the build.
    output: { omit_empty_optional_fields: true },
    // Fields say where their files go (next to the item, or public/nieuwsbrief/pdf/). Sveltia needs
    // a default for its media library as well: the PDFs, the only files editors add outside content/.
    ...PDF_FOLDER,
    collections: COLLECTIONS,
  };
}
