/**
 * The preview pane shows an entry as the page it becomes: the design system's components the page
 * shows, in one stylesheet (preview-page.css, emitted with the editor's files), and, per
 * collection, the page's main markup with NL Design System's classes; the text's own elements get
 * the classes the site's Markdown gets (content-classes.ts). The page files (src/pages/) are Astro
 * components the editor cannot run, so the few elements of each page's article are written again
 * here, plainly.
 *
 * Above the page sits the plain-language check (readability-panel.ts).
 *
 * Sveltia hands every preview its getCollection(): the entries it has loaded, which the checks
 * before saving read too (src/admin/checks.ts).
 */
import CMS from '@sveltia/cms';
import pageStylesheet from './preview-page.css?url';
import { keepContentClasses } from './content-classes.ts';
import { CONTENT_TYPES, TYPE_NAMES, type TypeName } from '../lib/content/model.ts';
import { statusBadgeClass } from '../design/status-badges.ts';
import { PROJECT_STATUS_LABELS } from '../lib/content/types/projects.ts';
import { formatDate, isCalendarDay, startOfAmsterdamDay } from '../lib/dates/amsterdam.ts';
import { readMoment } from '../lib/agenda/when.ts';
import { whenText } from '../lib/agenda/words.ts';
import { t } from '../strings/site.ts';
import { h, type ImmutableMap, type Node } from './react.ts';
import { loadWordList, readabilityPanel } from './readability-panel.ts';

export type GetCollection = (name: string) => Promise<ImmutableMap[]>;

interface PreviewProps {
  entry: ImmutableMap;
  /** The preview frame's document. */
  document: Document;
  widgetFor(name: string): Node;
  getAsset(path: string): { toString(): string } | undefined;
  getCollection: GetCollection;
}

let loadedCollection: GetCollection | undefined;

/** The entries Sveltia has loaded, once a preview has been shown; undefined before. */
export function loadedCollectionReader(): GetCollection | undefined {
  return loadedCollection;
}

const field = (props: PreviewProps, name: string) => props.entry.getIn(['data', name]);
const text = (props: PreviewProps, name: string) => String(field(props, name) ?? '');

function dateOf(props: PreviewProps): Node {
  const day = text(props, 'date');
  return isCalendarDay(day) ? h('time', { dateTime: day }, formatDate(startOfAmsterdamDay(day))) : day;
}

function image(props: PreviewProps): Node {
  const path = text(props, 'image');
  if (!path) return null;
  return h('img', {
    className: 'westwint-hero-image',
    src: props.getAsset(path)?.toString() ?? path,
    alt: text(props, 'imageAlt'),
  });
}

/** The page's main element, as src/layouts/Base.astro has it (its measure), around the article. */
const page = (...children: Node[]) =>
  h('main', { id: 'inhoud', className: 'westwint-main' }, h('article', null, ...children));
const heading = (props: PreviewProps) =>
  h('h1', { className: 'nl-heading nl-heading--level-1' }, text(props, 'title'));
const paragraph = (className: string | null, ...children: Node[]) =>
  h('p', { className: className ? `nl-paragraph ${className}` : 'nl-paragraph' }, ...children);
const lead = (props: PreviewProps) => paragraph('nl-paragraph--lead', text(props, 'summary'));
const body = (props: PreviewProps) =>
  h('div', { className: 'westwint-prose', ref: keepContentClasses }, props.widgetFor('body'));

/** An item's facts (when, where, status) as the page's data list in the facts box (src/components/Facts.astro). */
const facts = (...items: Array<readonly [label: string, value: Node]>) =>
  h(
    'div',
    { className: 'westwint-facts' },
    h(
      'dl',
      { className: 'utrecht-data-list utrecht-data-list--rows' },
      ...items.map(([label, value]) =>
        h(
          'div',
          { className: 'utrecht-data-list__item', key: label },
          h('dt', { className: 'utrecht-data-list__item-key' }, label),
          h(
            'dd',
            { className: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' },
            value,
          ),
        ),
      ),
    ),
  );

/** When a meeting is, in the site's words, or what was typed while it is not yet a moment. */
function meetingWhen(props: PreviewProps): string {
  const start = readMoment(text(props, 'start'));
  const end = text(props, 'end') ? readMoment(text(props, 'end')) : null;
  if ('problem' in start || (end && 'problem' in end))
    return [text(props, 'start'), text(props, 'end')].filter(Boolean).join(' – ');
  return whenText({ start, end, allDay: start.time === null });
}

function meeting(props: PreviewProps): Node {
  const cancelled = text(props, 'cancelled');
  return page(
    heading(props),
    cancelled
      ? h(
          'div',
          { className: 'utrecht-alert utrecht-alert--error' },
          h(
            'div',
            { className: 'utrecht-alert__content' },
            h(
              'div',
              { className: 'utrecht-alert__message' },
              paragraph(null, h('strong', null, t.meetingCancelledBecause(cancelled))),
            ),
          ),
        )
      : null,
    lead(props),
    facts(
      [t.meetingWhen, meetingWhen(props)],
      [t.meetingWhere, [text(props, 'location'), text(props, 'address')].filter(Boolean).join(', ')],
    ),
    body(props),
  );
}

/** A project's status as the page's badge; what is typed while it is not yet a status, as it is. */
function statusBadge(status: string): Node {
  const label = (PROJECT_STATUS_LABELS as Readonly<Record<string, string>>)[status];
  const badge = statusBadgeClass(status);
  return label && badge ? h('span', { className: badge }, label) : status;
}

/** Each content type's article, after its page in src/pages/. */
const TEMPLATES: Partial<Record<TypeName, (props: PreviewProps) => Node>> = {
  news: (props) =>
    page(
      heading(props),
      paragraph('westwint-paragraph--meta', `${t.publishedOn} `, dateOf(props)),
      lead(props),
      image(props),
      body(props),
    ),
  editions: (props) => {
    const pdf = text(props, 'pdf');
    return page(
      heading(props),
      paragraph(
        'westwint-paragraph--meta',
        `${t.edition(Number(field(props, 'edition')))} · `,
        dateOf(props),
      ),
      lead(props),
      pdf ? paragraph(null, h('a', { className: 'nl-button nl-button--primary', href: pdf }, 'PDF')) : null,
      body(props),
    );
  },
  projects: (props) =>
    page(
      heading(props),
      lead(props),
      facts([t.status, statusBadge(text(props, 'status'))]),
      image(props),
      body(props),
    ),
  meetings: meeting,
};

/** The page of a type with no article of its own: a title, the summary and the text. */
const plain = (props: PreviewProps) => page(heading(props), lead(props), body(props));

export function showEntriesAsPages(): void {
  CMS.registerPreviewStyle(pageStylesheet);
  void loadWordList();
  for (const name of TYPE_NAMES) {
    const render = TEMPLATES[name] ?? plain;
    CMS.registerPreviewTemplate(CONTENT_TYPES[name].folder, (props: PreviewProps) => {
      loadedCollection ??= props.getCollection;
      // Sveltia names the frame's language after its own locale key; the content is Dutch.
      props.document.documentElement.lang = 'nl';
      // The document's type and colours, as on the site's <html>.
      props.document.documentElement.classList.add('utrecht-root');
      // The plain-language check above the page, measured as the build measures it.
      return h('div', null, readabilityPanel(text(props, 'summary'), text(props, 'body')), render(props));
    });
  }
}
