/**
 * The ideas, where editors work: a panel "Ideeën" in the editor's corner, under the newsletter's.
 * Opened, it says how many ideas wait for an answer and since when (/admin/ideeen.json, written by
 * the build), and what became of ideas the site could not put in the list yet: kept and retried,
 * waiting so long that a person should look, a setting that is wrong, a GitHub token that expires
 * soon (/admin/status.json), in the words of src/lib/ideas/ideas-status-words.ts. Read when the
 * editor opens and each time the panel is opened. Without either file there is no panel.
 */
import { ideasWords } from '../lib/ideas/ideas-status-words.ts';
import { readWaitingIdeas, type WaitingIdeas } from '../lib/ideas/waiting.ts';
import type { StatusJson } from '../lib/publishing/status-json.ts';
import { urls } from '../lib/urls/routes.ts';
import { ideasPanelText } from '../strings/ideas-panel.ts';
import { corner, element } from './corner.ts';
import { ANSWER_WITHIN_MS, fetchStatusJson, statusWhenOpening } from './fetch-status-json.ts';

/** The build's count of ideas waiting for an answer; null when it cannot be read. */
async function fetchWaiting(): Promise<WaitingIdeas | null> {
  // A timer of the page's own, as in fetch-status-json.ts, so a test can move the clock past it.
  const giveUp = new AbortController();
  const timer = setTimeout(() => giveUp.abort(), ANSWER_WITHIN_MS);
  try {
    const response = await fetch(urls.ideasWaiting(), { cache: 'no-store', signal: giveUp.signal });
    return response.ok ? readWaitingIdeas(await response.json()) : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Shows the panel once the files are read (the promise, for tests); each opening reads them again. */
export function showIdeas(): Promise<void> {
  const summary = element('summary', { className: 'westwint-ideas__summary' });
  const body = element('div', { className: 'westwint-ideas__body' });
  const panel = element('details', { className: 'westwint-ideas' }, summary, body);

  async function show(read: Promise<StatusJson | null>): Promise<void> {
    const [status, waiting] = await Promise.all([read, fetchWaiting()]);
    const ideas = status?.ideas ?? null;
    if (!ideas && !waiting) return;
    const words = ideasWords(ideas, waiting, new Date());
    summary.textContent = words.summary;
    panel.dataset.tone = words.tone;
    body.replaceChildren(
      element('h2', { className: 'westwint-ideas__title' }, ideasPanelText.heading),
      ...words.lines.map((line) => element('p', {}, line)),
    );
    if (!panel.isConnected) corner().append(panel);
  }

  panel.addEventListener('toggle', () => {
    if (panel.open) void show(fetchStatusJson());
  });
  return show(statusWhenOpening());
}
