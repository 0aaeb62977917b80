/**
 * What became of the newsletter's mails, where editors work: a panel "Nieuwsbrief" in the
 * editor's corner, under the publication banner. Opened, it lists each edition of the last 90
 * days (sent at 08:00 to 812 subscribers, a concept in Laposta, being retried and when, or not
 * sent: look in Laposta) and the sign-ups waiting for Laposta, in the words of
 * src/lib/newsletter/newsletter-status-words.ts. Read from /admin/status.json when the editor opens and
 * each time the panel is opened. Without the status service (npm run dev) there is no panel.
 */
import type { NewsletterStatus } from '../lib/newsletter/newsletter-status.ts';
import type { StatusJson } from '../lib/publishing/status-json.ts';
import { editionWords, signUpWords, summaryWords } from '../lib/newsletter/newsletter-status-words.ts';
import { newsletterText } from '../strings/newsletter.ts';
import { corner, element } from './corner.ts';
import { fetchStatusJson, statusWhenOpening } from './fetch-status-json.ts';

export function showNewsletter(): void {
  const summary = element('summary', { className: 'westwint-newsletter__summary' });
  const body = element('div', { className: 'westwint-newsletter__body' });
  const panel = element('details', { className: 'westwint-newsletter' }, summary, body);

  function render(status: NewsletterStatus): void {
    const now = new Date();
    const { text, tone } = summaryWords(status, now);
    summary.textContent = text;
    panel.dataset.tone = tone;
    const editions = status.editions.map((e) => {
      const words = editionWords(e, now);
      const item = element(
        'li',
        { className: 'westwint-newsletter__edition' },
        element('p', { className: 'westwint-newsletter__heading' }, words.heading),
        element('p', {}, words.state),
      );
      if (words.help) item.append(element('p', {}, words.help));
      item.dataset.tone = words.tone;
      return item;
    });
    body.replaceChildren(
      element('h2', { className: 'westwint-newsletter__title' }, newsletterText.panel.heading),
      element('p', {}, newsletterText.panel.intro),
      editions.length > 0
        ? element('ul', { className: 'westwint-newsletter__editions' }, ...editions)
        : element('p', {}, newsletterText.panel.none),
      ...signUpWords(status.signUps, now).map((line) =>
        element('p', { className: 'westwint-newsletter__sign-ups' }, line),
      ),
    );
  }

  async function show(read: Promise<StatusJson | null>): Promise<void> {
    const status = (await read)?.newsletter;
    if (!status) return;
    render(status);
    if (!panel.isConnected) corner().append(panel);
  }

  panel.addEventListener('toggle', () => {
    if (panel.open) void show(fetchStatusJson());
  });
  void show(statusWhenOpening());
}
