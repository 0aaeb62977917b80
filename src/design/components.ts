/**
 * Every component the site draws with, in one table: where its CSS comes from (an NL Design System
 * package, pinned in package.json, or our own in its Astro component) and its tokens
 * (src/design/tokens/components/<name>.tokens.json). A page gets a component's CSS and tokens by
 * importing `virtual:westwint-design/<name>.css` where the component is rendered
 * (src/integrations/design.ts), so each page carries only its own.
 *
 * The rule: a Candidate package (@nl-design-system-candidate, NLDS's most mature) where one is
 * published, else the Utrecht community package (@utrecht); `westwint-` for what NLDS has not yet.
 */

export interface DesignComponent {
  /** The npm package and its CSS file; none for our own, whose CSS is in the component using it. */
  css?: { package: string; file: string };
  /**
   * Modifier classes the site never renders: the rules only they match are left out of the page,
   * with the tokens only those rules read (a dist test checks no page uses them).
   */
  without?: readonly string[];
  /**
   * Components whose tokens its CSS reads too (Utrecht's text box reads the form control's): a
   * page that renders it imports them with it, and the design-tokens test holds it to this list.
   */
  uses?: readonly string[];
  /** What it is, for the README. */
  what: string;
}

const candidate = (name: string, what: string, without?: readonly string[]): DesignComponent => ({
  css: { package: `@nl-design-system-candidate/${name}-css`, file: `${name}.css` },
  what,
  ...(without && { without }),
});
const utrecht = (name: string, what: string, without?: readonly string[]): DesignComponent => ({
  css: { package: `@utrecht/${name}-css`, file: 'dist/index.min.css' },
  what,
  ...(without && { without }),
});
const own = (what: string): DesignComponent => ({ what });
const using = (component: DesignComponent, ...uses: string[]): DesignComponent => ({ ...component, uses });

export const COMPONENTS = {
  // Every page: the document, its layout and what every page shows.
  root: utrecht('root', 'the document: type, colours and the focus ring of every element'),
  document: own('the document tokens other components read (font, size)'),
  'skip-link': candidate('skip-link', 'the skip link, the first tab stop'),
  'page-layout': utrecht('page-layout', 'the page: header, body and footer'),
  'page-header': utrecht('page-header', 'the header with the name and search'),
  'page-body': utrecht('page-body', 'the page body, as wide as the header'),
  'page-footer': utrecht('page-footer', 'the footer'),
  'nav-bar': utrecht('nav-bar', 'the menu bar'),
  'nav-list': utrecht('nav-list', 'the menu items'),
  heading: candidate('heading', 'headings'),
  paragraph: candidate('paragraph', 'paragraphs and the lead'),
  link: candidate('link', 'links', ['nl-link--disabled']),
  button: candidate('button', 'buttons', [
    'nl-button--secondary',
    'nl-button--subtle',
    'nl-button--positive',
    'nl-button--negative',
    'nl-button--pressed',
    'nl-button--disabled',
    'nl-button--icon-only',
  ]),
  // Where they are shown.
  'breadcrumb-nav': utrecht('breadcrumb-nav', 'the breadcrumb trail', [
    'utrecht-breadcrumb-nav--arrows',
    'utrecht-breadcrumb-nav__link--disabled',
    'utrecht-breadcrumb-nav__list--html-p',
  ]),
  'unordered-list': utrecht('unordered-list', 'lists', ['utrecht-unordered-list--center']),
  'ordered-list': using(utrecht('ordered-list', 'numbered lists'), 'unordered-list'),
  'link-list': utrecht('link-list', 'lists of links'),
  card: utrecht('card', 'a project, news item, edition or meeting in a list', ['utrecht-card--link']),
  pagination: utrecht('pagination', 'pages of news', [
    'utrecht-pagination__page-link--hover',
    'utrecht-pagination__relative-link--disabled',
    'utrecht-pagination__relative-link--hover',
  ]),
  'status-badge': utrecht('status-badge', "a project's status, a meeting called off", [
    'utrecht-status-badge--error',
    'utrecht-status-badge--inactive',
    'utrecht-status-badge--invalid',
    'utrecht-status-badge--neutral',
    'utrecht-status-badge--safe',
    'utrecht-status-badge--valid',
  ]),
  alert: utrecht('alert', 'messages: a form not sent, a meeting called off, a draft'),
  'data-list': utrecht('data-list', 'facts: status, theme, buurten, when and where', [
    'utrecht-data-list__actions--html-dd',
  ]),
  table: utrecht('table', 'tables in content', [
    'utrecht-table--alternate-row-color',
    'utrecht-table--busy',
    'utrecht-table--fixed',
    'utrecht-table--oneline',
    'utrecht-table--row-focus-within',
    'utrecht-table--row-hover',
    'utrecht-table__cell--selected',
    'utrecht-table__data--truncate',
    'utrecht-table__footer--sticky',
    'utrecht-table__header--hidden',
    'utrecht-table__header--sticky',
    'utrecht-table__header-cell--selected',
    'utrecht-table__header-cell--sticky-block',
    'utrecht-table__header-cell--sticky-inline',
    'utrecht-table__row--alternate-even',
    'utrecht-table__row--alternate-odd',
    'utrecht-table__row--selected',
  ]),
  blockquote: utrecht('blockquote', 'quotes in content'),
  'form-field': utrecht('form-field', 'a form field: label, description, error and control', [
    'utrecht-form-field--invalid',
    'utrecht-form-field--radio',
  ]),
  'form-label': utrecht('form-label', 'labels', [
    'utrecht-form-label--checked',
    'utrecht-form-label--disabled',
    'utrecht-form-label--radio',
  ]),
  'form-field-description': utrecht('form-field-description', 'a field’s hint', [
    'utrecht-form-field-description--invalid',
    'utrecht-form-field-description--valid',
    'utrecht-form-field-description--warning',
  ]),
  'form-field-error-message': utrecht('form-field-error-message', 'a field’s error, above it'),
  'form-fieldset': utrecht('form-fieldset', 'groups of fields with a legend', [
    'utrecht-form-fieldset--invalid',
    'utrecht-form-fieldset--section',
    'utrecht-form-fieldset__legend--disabled',
  ]),
  'form-control': own('what text boxes, text areas and selects share: border, colours, size'),
  textbox: using(
    utrecht('textbox', 'one-line text boxes', [
      'utrecht-textbox--disabled',
      'utrecht-textbox--read-only',
      'utrecht-textbox--house-addition-size',
      'utrecht-textbox--house-letter-size',
      'utrecht-textbox--house-number-size',
      'utrecht-textbox--iban-nl-size',
      'utrecht-textbox--iban-size',
      'utrecht-textbox--postal-code-nl-size',
      'utrecht-textbox--tel-nl-size',
      'utrecht-textbox--tel-size',
      'utrecht-textbox--voorvoegsel-size',
    ]),
    'form-control',
  ),
  textarea: using(
    utrecht('textarea', 'text areas', ['utrecht-textarea--disabled', 'utrecht-textarea--read-only']),
    'form-control',
  ),
  select: using(
    utrecht('select', 'choice lists', ['utrecht-select--busy', 'utrecht-select--disabled']),
    'form-control',
  ),
  checkbox: using(utrecht('checkbox', 'check boxes', ['utrecht-checkbox--disabled']), 'form-field'),
  // Our own, the NLDS way: only tokens, the westwint- prefix.
  'westwint-layout': own('the page’s measure, grids and columns'),
  'westwint-site-header': own('the header’s name and search side by side'),
  'westwint-error-summary': own('the error summary above a form'),
  'westwint-character-count': own('characters left under a text area'),
  'westwint-facts': own('the facts box around a data list'),
  'westwint-panel': own('a soft panel: follow, ideas, feedback'),
  'westwint-search': own('the search page’s filters and results'),
  'westwint-prose': own('Markdown content: the space around its parts, footnotes'),
  'westwint-updated-note': own('“bijgewerkt op” and what changed, under an item’s title'),
  'westwint-feed-address': own('a feed’s address with its copy button'),
  'westwint-readability': own('the plain-language panel above the editor’s preview'),
  'westwint-mail': own(
    'the newsletter’s mail (its values, resolved: mail clients read no custom properties)',
  ),
  'westwint-print': own('print'),
  'westwint-letter': own('the printed letter about works: one A4, with its QR code'),
} as const satisfies Record<string, DesignComponent>;

export type ComponentName = keyof typeof COMPONENTS;

export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

/** The prefix a page imports a component's CSS and tokens by. */
export const DESIGN_MODULE_PREFIX = 'virtual:westwint-design/';
