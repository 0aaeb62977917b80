/**
 * After saving, the editor sees what happened to the site: "Bezig met publiceren …", then "Staat
 * online sinds 14:32" with a link to the changed page, or "Niet gepubliceerd" with the lines the
 * build stopped with and what to do. Read from /admin/status.json (netlify/functions/publicatiestatus.mts),
 * which follows Netlify's deploy events of the production site.
 *
 * A save counts as published by the first deploy that started after it: the status before saving
 * is remembered, so no clock of this computer is compared with Netlify's. Opening the editor while
 * the last build failed, or while one is running, shows that too. Without the status service
 * (npm run dev) nothing is shown.
 */
import CMS from '@sveltia/cms';
import { CONTENT_TYPES, isPublished, typeInFolder } from '../lib/content/model.ts';
import { problemLine } from '../lib/content/rules/wording.ts';
import { formatDate, formatMoment, isCalendarDay, startOfAmsterdamDay } from '../lib/dates/amsterdam.ts';
import type { DeployState, PublicStatus } from '../lib/publishing/deploy-status.ts';
import { urls } from '../lib/urls/routes.ts';
import { editorText } from '../strings/editor.ts';
import { corner, element } from './corner.ts';
import { fetchStatusJson, POLL_EVERY_MS, statusWhenOpening } from './fetch-status-json.ts';
import type { ImmutableMap } from './react.ts';

/** Where a save waiting for its deploy is remembered, so reloading the editor keeps the banner. */
const PENDING_KEY = 'westwint-pending-save';

/** What was saved: the page it becomes, or why it is not on the site. */
interface Saved {
  /** startedAt of the latest deploy when the save was made ('' when none was known). */
  before: string;
  page: string | null;
  note: string | null;
}

const readStatus = async (): Promise<PublicStatus | null> => (await fetchStatusJson())?.publishing ?? null;

const startedAt = (status: PublicStatus | null) =>
  status && status.state !== 'unknown' ? status.startedAt : '';

/** The page a saved entry becomes, or a note when it does not go online now. */
function savedEntry(entry: ImmutableMap, before: string): Saved {
  const collection = String(entry.get('collection'));
  const slug = String(entry.get('slug'));
  const data = (entry.get('data') as ImmutableMap | undefined)?.toJS() as Record<string, unknown> | undefined;
  const type = typeInFolder(collection);
  if (!type || !data) return { before, page: urls.home(), note: null };
  const { page, shown } = CONTENT_TYPES[type] as {
    page: (slug: string) => string;
    shown?: (data: unknown) => boolean;
  };
  if (isPublished(type, data, new Date())) {
    // Online, but only counted (an idea not public or not answered): it has no page.
    if (shown && !shown(data)) return { before, page: null, note: editorText.status.notShown };
    return { before, page: page(slug), note: null };
  }
  // Not online: a draft, or an item waiting for its day.
  const day =
    typeof data.date === 'string' && isCalendarDay(data.date) ? startOfAmsterdamDay(data.date) : null;
  const note =
    data.draft === true || !day ? editorText.status.draft : editorText.status.future(formatDate(day));
  return { before, page: null, note };
}

class Banner {
  /** A polite live region from the start, so every message put in it is read out. */
  readonly region = element('section', { className: 'westwint-status', ariaLabel: editorText.status.label });
  private readonly content = element('div', { className: 'westwint-status__content' });

  constructor() {
    this.region.setAttribute('role', 'status');
    this.region.hidden = true;
    const close = element(
      'button',
      { type: 'button', className: 'westwint-status__close', ariaLabel: editorText.status.close },
      '×',
    );
    close.addEventListener('click', () => this.hide());
    this.region.addEventListener('keydown', (event) => event.key === 'Escape' && this.hide());
    document.addEventListener(
      'keydown',
      (event) =>
        event.key === 'Escape' &&
        !this.region.hidden &&
        !document.querySelector('[role="dialog"], [role="alertdialog"]') &&
        this.hide(),
    );
    this.region.append(this.content, close);
    corner().prepend(this.region);
  }

  show(kind: DeployState, ...children: Array<Node | string>): void {
    this.region.dataset.state = kind;
    this.content.replaceChildren(...children);
    this.region.hidden = false;
  }

  hide(): void {
    this.region.hidden = true;
    this.content.replaceChildren();
  }
}

function publishing(banner: Banner): void {
  banner.show(
    'building',
    element('p', { className: 'westwint-status__title' }, editorText.status.publishing),
    element('p', {}, editorText.status.publishingHelp),
  );
}

/** A recorded deploy's status. */
type DeployStatus = Exclude<PublicStatus, { state: 'unknown' }>;

function online(banner: Banner, status: DeployStatus, saved: Saved): void {
  banner.show(
    'online',
    element(
      'p',
      { className: 'westwint-status__title' },
      editorText.status.online(formatMoment(new Date(status.at))),
    ),
    saved.page
      ? element('p', {}, element('a', { href: saved.page, target: '_blank' }, editorText.status.viewPage))
      : element('p', {}, saved.note ?? ''),
  );
}

function failed(banner: Banner, status: DeployStatus): void {
  const problems = status.problems ?? [];
  const lastOnline = status.lastOnlineAt
    ? element('p', {}, editorText.status.lastOnline(formatMoment(new Date(status.lastOnlineAt))))
    : '';
  const alert = element(
    'div',
    {},
    element('p', { className: 'westwint-status__title' }, editorText.status.failed),
    ...(problems.length > 0
      ? [
          element(
            'ul',
            { className: 'westwint-status__problems' },
            ...problems.map((problem) =>
              element('li', {}, typeof problem === 'string' ? problem : problemLine(problem)),
            ),
          ),
          element('p', {}, editorText.status.failedHelp),
        ]
      : [element('p', {}, editorText.status.technical)]),
    lastOnline,
  );
  alert.setAttribute('role', 'alert');
  banner.show('failed', alert);
}

function remembered(): Saved | null {
  try {
    return JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as Saved | null;
  } catch {
    return null;
  }
}

export function showPublishing(): void {
  const banner = new Banner();
  let latest: PublicStatus | null = null;
  let polling: ReturnType<typeof setInterval> | undefined;

  /** Shows what became of the remembered save; true once its deploy has finished. */
  function follow(saved: Saved, status: PublicStatus | null): boolean {
    if (
      !status ||
      status.state === 'unknown' ||
      status.startedAt <= saved.before ||
      status.state === 'building'
    ) {
      publishing(banner);
      return false;
    }
    if (status.state === 'online') online(banner, status, saved);
    else failed(banner, status);
    sessionStorage.removeItem(PENDING_KEY);
    return true;
  }

  function poll(saved: Saved | null): void {
    clearInterval(polling);
    polling = setInterval(async () => {
      latest = (await readStatus()) ?? latest;
      const done = saved ? follow(saved, latest) : latest?.state !== 'building';
      if (!saved && latest?.state === 'failed') failed(banner, latest);
      else if (!saved && latest?.state === 'online') banner.hide();
      if (done) clearInterval(polling);
    }, POLL_EVERY_MS);
  }

  void (async () => {
    latest = (await statusWhenOpening())?.publishing ?? null;
    // No status service here (npm run dev): the editor says nothing about publishing.
    if (!latest) return;
    const saved = remembered();
    if (saved) {
      if (!follow(saved, latest)) poll(saved);
    } else if (latest.state === 'failed') {
      failed(banner, latest);
    } else if (latest.state === 'building') {
      publishing(banner);
      poll(null);
    }

    // The deploy a save starts is the first one after the latest at the moment of saving.
    CMS.registerEventListener({
      name: 'preSave',
      handler: async () => {
        latest = (await readStatus()) ?? latest;
      },
    });
    CMS.registerEventListener({
      name: 'postSave',
      handler: ({ entry }: { entry: ImmutableMap }) => {
        const pending = savedEntry(entry, startedAt(latest));
        sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
        publishing(banner);
        poll(pending);
      },
    });
  })();
}
