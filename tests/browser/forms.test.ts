/**
 * The idea form and the newsletter sign-up in Chromium, against a fixture build served
 * by Netlify's local emulation (scripts/lib/local-netlify.ts), under the production headers
 * (so under the real Content-Security-Policy). The server records the urlencoded posts
 * the way Netlify Forms receives them; each test asserts them field by field.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { fixtureSite } from '../helpers/fixture';
import { cspViolations, watchCsp } from '../helpers/page-checks';
import { serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';

const IDEA =
  'Meer bankjes in Park West, <b>graag</b> in de schaduw & bij de speeltuin.\nEn een watertappunt.';
const IDEA_FIELDS = {
  'form-name': 'idee',
  'bot-veld': '',
  // Browsers send a textarea's line breaks as CRLF; the background send does the same.
  idee: IDEA.replace('\n', '\r\n'),
  project: 'park-west',
  buurt: 'heilust',
  naam: 'Mia Hermans',
  email: 'mia@example.nl',
  toestemming: 'ja',
};

let server: LocalNetlify;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serveWithNetlify(fixtureSite().outDir, { functions: false });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openContext(options: BrowserContextOptions = {}) {
  context = await browser.newContext(options);
  await watchCsp(context);
  page = await context.newPage();
}

beforeEach(() => {
  server.submissions.length = 0;
  server.failFormsWith(null);
});

afterEach(async () => {
  await context?.close();
});

const ideaForm = () => page.locator('form[name="idee"]');
const field = (name: string) => ideaForm().locator(`[name="${name}"]`);

async function fillIdea() {
  await field('idee').fill(IDEA);
  await field('project').selectOption('park-west');
  await field('buurt').selectOption('heilust');
  await field('naam').fill(IDEA_FIELDS.naam);
  await field('email').fill(IDEA_FIELDS.email);
  await field('toestemming').check();
}

async function expectIdeaFieldsKept() {
  await expect.poll(() => field('idee').inputValue()).toBe(IDEA);
  expect(await field('project').inputValue()).toBe('park-west');
  expect(await field('buurt').inputValue()).toBe('heilust');
  expect(await field('naam').inputValue()).toBe(IDEA_FIELDS.naam);
  expect(await field('email').inputValue()).toBe(IDEA_FIELDS.email);
  expect(await field('toestemming').isChecked()).toBe(true);
}

const submit = () => ideaForm().getByRole('button', { name: 'Verstuur mijn idee' });
const alertText = () => ideaForm().locator('[data-form-status]').textContent();
const storedDraft = () => page.evaluate(() => window.localStorage.getItem('westwint:concept:idee:/ideeen/'));

async function expectNoCspViolations() {
  expect(await cspViolations(page)).toEqual([]);
}

describe('without JavaScript', () => {
  test('the idea form is a plain POST that lands on the thank-you page', async () => {
    await openContext({ javaScriptEnabled: false });
    await page.goto(`${server.url}/ideeen/`);
    await fillIdea();
    // The browser's own checks stay where no script replaces them.
    expect(await ideaForm().evaluate((form: HTMLFormElement) => form.noValidate)).toBe(false);
    await Promise.all([page.waitForURL('**/ideeen/bedankt/'), submit().click()]);
    expect(await page.locator('h1').textContent()).toBe('Bedankt voor uw idee!');
    expect(server.submissions).toEqual([{ path: '/ideeen/bedankt/', fields: IDEA_FIELDS }]);
  });

  test('"Was deze pagina nuttig?" sends the answer and the page, and the browser asks for a choice first', async () => {
    await openContext({ javaScriptEnabled: false });
    await page.goto(`${server.url}/projecten/park-west/`);
    const form = page.locator('form[name="paginafeedback"]');
    await form.getByLabel('Wat kunnen we beter maken?').fill('Een kaart van het park zou helpen.');
    await form.getByRole('button', { name: 'Verstuur' }).click();
    // No choice yet: the browser itself keeps the form on the page, with what was typed.
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${server.url}/projecten/park-west/`);
    expect(server.submissions).toEqual([]);
    expect(await form.getByLabel('Wat kunnen we beter maken?').inputValue()).toBe(
      'Een kaart van het park zou helpen.',
    );

    await form.getByLabel('Nee').check();
    await Promise.all([
      page.waitForURL('**/feedback/bedankt/'),
      form.getByRole('button', { name: 'Verstuur' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('Bedankt voor uw reactie!');
    expect(server.submissions).toEqual([
      {
        path: '/feedback/bedankt/',
        fields: {
          'form-name': 'paginafeedback',
          'bot-veld': '',
          pagina: '/projecten/park-west/',
          nuttig: 'nee',
          opmerking: 'Een kaart van het park zou helpen.',
        },
      },
    ]);
  });

  test('the sign-up is a plain POST too', async () => {
    await openContext({ javaScriptEnabled: false });
    await page.goto(`${server.url}/nieuwsbrief/`);
    const form = page.locator('form[name="nieuwsbrief-aanmelding"]');
    await form.locator('[name="email"]').fill('jan@example.nl');
    await form.locator('[name="toestemming"]').check();
    await Promise.all([
      page.waitForURL('**/nieuwsbrief/aangemeld/'),
      form.getByRole('button', { name: 'Aanmelden' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('Bijna klaar: kijk in uw mailbox');
    expect(server.submissions).toEqual([
      {
        path: '/nieuwsbrief/aangemeld/',
        fields: {
          'form-name': 'nieuwsbrief-aanmelding',
          'bot-veld': '',
          email: 'jan@example.nl',
          toestemming: 'ja',
        },
      },
    ]);
  });
});

/**
 * From a project's page, by its "Goede ideeën in West!", to a sent idea about that project: the
 * project's own form page has it chosen, with or without a script, and the resident may let the
 * idea be shown with its answer.
 */
async function sendIdeaFromProjectPage(): Promise<void> {
  await page.goto(`${server.url}/projecten/park-west/`);
  const call = page.getByRole('region', { name: 'Goede ideeën in West!' });
  expect(await call.textContent()).toContain('Heeft u ideeën over dit project? Laat het ons weten.');
  await Promise.all([
    page.waitForURL('**/projecten/park-west/idee/'),
    call.getByRole('link', { name: 'Stuur uw idee' }).click(),
  ]);
  expect(await page.locator('h1').textContent()).toBe('Uw idee over Park West');
  expect(await field('project').inputValue()).toBe('park-west');
  await field('idee').fill('Een watertappunt bij de speeltuin.');
  await field('email').fill(IDEA_FIELDS.email);
  await field('toestemming').check();
  await page.getByLabel('Mijn idee mag zonder mijn naam op de website staan, met het antwoord.').check();
  await submit().click();
}

const PROJECT_IDEA = {
  'form-name': 'idee',
  'bot-veld': '',
  idee: 'Een watertappunt bij de speeltuin.',
  project: 'park-west',
  buurt: '',
  naam: '',
  email: IDEA_FIELDS.email,
  toestemming: 'ja',
  openbaar: 'ja',
};

describe('an idea sent from a project page', () => {
  test('without JavaScript: the project is chosen and the thank-you page says where the answer appears', async () => {
    await openContext({ javaScriptEnabled: false });
    await Promise.all([page.waitForURL('**/ideeen/bedankt/'), sendIdeaFromProjectPage()]);
    expect(await page.locator('main').textContent()).toContain(
      'op de pagina met alle ideeën en op de pagina van het project dat u koos',
    );
    expect(server.submissions).toEqual([{ path: '/ideeen/bedankt/', fields: PROJECT_IDEA }]);
  });

  test('with JavaScript: sent in the background, the thanks links the project and says we write back', async () => {
    await openContext();
    await sendIdeaFromProjectPage();
    const thanks = page.locator('[data-form-thanks]');
    await thanks.waitFor({ state: 'visible' });
    expect(page.url()).toBe(`${server.url}/projecten/park-west/idee/`);
    expect(await thanks.getByRole('link', { name: 'de pagina van Park West' }).getAttribute('href')).toBe(
      '/projecten/park-west/',
    );
    await thanks.getByText('U gaf uw e-mailadres. Wij schrijven u terug').waitFor();
    expect(server.submissions).toEqual([{ path: '/ideeen/bedankt/', fields: PROJECT_IDEA }]);
    await expectNoCspViolations();
  });

  test("a draft typed at /ideeen/ does not take the project away on a project's form page", async () => {
    await openContext();
    await page.goto(`${server.url}/ideeen/`);
    await field('project').selectOption('achter-de-voordeur');
    await page.goto(`${server.url}/projecten/park-west/idee/`);
    expect(await field('project').inputValue()).toBe('park-west');
  });

  test('a draft kept under the key of before (one per form) is cleared: it may hold a name and an address', async () => {
    await openContext();
    await page.goto(`${server.url}/ideeen/`);
    await page.evaluate(() =>
      window.localStorage.setItem(
        'westwint:concept:idee',
        JSON.stringify({ version: 1, fields: { naam: 'Mia' } }),
      ),
    );
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => window.localStorage.getItem('westwint:concept:idee')))
      .toBeNull();
    expect(await field('naam').inputValue()).toBe('');
  });
});

describe('with JavaScript', () => {
  test('sends in the background, thanks in place, and clears the draft', async () => {
    await openContext();
    await page.goto(`${server.url}/ideeen/`);
    await fillIdea();
    expect(await storedDraft()).not.toBeNull();
    await submit().click();
    const thanks = page.locator('[data-form-thanks]');
    await thanks.waitFor({ state: 'visible' });
    expect(page.url()).toBe(`${server.url}/ideeen/`);
    expect(await thanks.locator('h2').textContent()).toBe('Bedankt voor uw idee!');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-form-thanks'))).toBe(true);
    expect(await ideaForm().isHidden()).toBe(true);
    expect(server.submissions).toEqual([{ path: '/ideeen/bedankt/', fields: IDEA_FIELDS }]);
    expect(await storedDraft()).toBeNull();
    await expectNoCspViolations();
  });

  test('the sign-up sends in the background too', async () => {
    await openContext();
    await page.goto(`${server.url}/nieuwsbrief/`);
    const form = page.locator('form[name="nieuwsbrief-aanmelding"]');
    await form.locator('[name="email"]').fill('jan@example.nl');
    await form.locator('[name="toestemming"]').check();
    await form.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { name: 'Bijna klaar: kijk in uw mailbox' }).waitFor();
    expect(page.url()).toBe(`${server.url}/nieuwsbrief/`);
    expect(server.submissions).toEqual([
      {
        path: '/nieuwsbrief/aangemeld/',
        fields: {
          'form-name': 'nieuwsbrief-aanmelding',
          'bot-veld': '',
          email: 'jan@example.nl',
          toestemming: 'ja',
        },
      },
    ]);
    await expectNoCspViolations();
  });

  test('checks as you go, in Dutch, tied to the fields, and sums the problems up above the form', async () => {
    await openContext();
    await page.goto(`${server.url}/ideeen/`);
    const pageTitle = await page.title();
    // The script's own Dutch messages replace the browser's bubbles.
    expect(await ideaForm().evaluate((form: HTMLFormElement) => form.noValidate)).toBe(true);
    await field('email').fill('mia@');
    await field('naam').focus(); // leaving the e-mail field checks it
    const emailError = ideaForm().locator('#idee-email-fout');
    await expect.poll(() => emailError.textContent()).toContain('Dit lijkt geen e-mailadres');
    expect(await field('email').getAttribute('aria-invalid')).toBe('true');
    expect((await field('email').getAttribute('aria-describedby'))?.split(' ')).toContain('idee-email-fout');
    // The message sits between the label (and hint) and the control.
    expect(
      await emailError.evaluate(
        (error) =>
          !!(
            error.compareDocumentPosition(document.getElementById('idee-email')!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      ),
    ).toBe(true);

    await submit().click();
    // Focus goes to the summary's heading, and the page's title starts with the count.
    const focused = () =>
      page.evaluate(() => ({
        summaryTitle: document.activeElement?.hasAttribute('data-error-summary-title') ?? false,
        text: document.activeElement?.textContent,
        name: document.activeElement?.getAttribute('name'),
      }));
    expect(await focused()).toEqual({ summaryTitle: true, text: 'Er ontbreekt nog iets', name: null });
    expect(await page.title()).toBe(`3 fouten: ${pageTitle}`);
    expect(await ideaForm().locator('#idee-tekst-fout').textContent()).toBe('Schrijf eerst uw idee op.');
    expect((await field('idee').getAttribute('aria-describedby'))?.split(' ')).toEqual([
      'idee-tekst-fout',
      'idee-tekst-uitleg',
    ]);
    expect(await ideaForm().locator('#idee-toestemming-fout').textContent()).toContain('Vink het vakje aan');
    const summary = ideaForm().locator('[data-error-summary]');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Schrijf eerst uw idee op.',
      'Dit lijkt geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.',
      'Vink het vakje aan om te laten weten dat u akkoord gaat.',
    ]);
    // Each problem in the summary is a link to its field.
    await summary.getByRole('link', { name: 'Vink het vakje aan' }).click();
    expect((await focused()).name).toBe('toestemming');

    // Fixing a field takes its message away at once.
    await field('email').fill('mia@example.nl');
    expect(await ideaForm().locator('#idee-email-fout').isHidden()).toBe(true);
    expect(await field('email').getAttribute('aria-invalid')).toBeNull();
    expect(await field('email').getAttribute('aria-describedby')).toBe('idee-email-uitleg');

    // The counter counts what was typed.
    await field('idee').fill('Twaalf tekens');
    expect(await ideaForm().locator('[data-counter-for="idee-tekst"]').textContent()).toBe(
      'Nog 4.987 van de 5.000 tekens over.',
    );
    expect(server.submissions).toEqual([]);

    // One problem left: the count follows; once all is well, the title is the page's own again.
    await submit().click();
    expect(await page.title()).toBe(`1 fout: ${pageTitle}`);
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Vink het vakje aan om te laten weten dat u akkoord gaat.',
    ]);
    await field('toestemming').check();
    await submit().click();
    await page.locator('[data-form-thanks]').waitFor({ state: 'visible' });
    expect(await page.title()).toBe(pageTitle);
    await expectNoCspViolations();
  });

  test('a failure (server error, then no connection, then a dropped connection) keeps every field', async () => {
    await openContext();
    await page.goto(`${server.url}/ideeen/`);
    await fillIdea();

    server.failFormsWith(500);
    await submit().click();
    await expect.poll(alertText).toContain('er ging bij ons iets mis (foutcode 500)');
    expect(await ideaForm().locator('[role="alert"]').count()).toBe(1);
    // NL Design System's error alert, inside the live region that was on the page from the start.
    expect(await ideaForm().locator('[data-form-status] > .utrecht-alert.utrecht-alert--error').count()).toBe(
      1,
    );
    await expectIdeaFieldsKept();
    expect(await ideaForm().isVisible()).toBe(true);
    server.failFormsWith(null);

    await context.setOffline(true);
    await submit().click();
    await expect.poll(alertText).toContain('er is geen internetverbinding');
    await expectIdeaFieldsKept();
    await context.setOffline(false);

    await page.route('**/ideeen/bedankt/', (route) => route.abort('connectionreset'));
    await submit().click();
    await expect.poll(alertText).toContain('de verbinding met de website werd verbroken');
    await expectIdeaFieldsKept();
    await page.unroute('**/ideeen/bedankt/');
    expect(server.submissions).toEqual([]);
    expect(await storedDraft()).not.toBeNull();

    // Once the connection is back, the same form goes through with everything in it.
    await submit().click();
    await page.locator('[data-form-thanks]').waitFor({ state: 'visible' });
    expect(server.submissions).toEqual([{ path: '/ideeen/bedankt/', fields: IDEA_FIELDS }]);
    await expectNoCspViolations();
  });

  test('the draft survives a reload and a closed tab, without the honeypot, as plain text', async () => {
    await openContext();
    await page.goto(`${server.url}/ideeen/`);
    await page
      .locator('[name="bot-veld"]')
      .evaluate((el: HTMLInputElement) => (el.value = 'ik-ben-een-robot'));
    await fillIdea();
    expect(await storedDraft()).not.toContain('ik-ben-een-robot');

    await page.reload();
    await expectIdeaFieldsKept();
    expect(await page.locator('[name="bot-veld"]').inputValue()).toBe('');
    expect(await ideaForm().locator('[data-draft-restored]').isVisible()).toBe(true);
    // Typed markup stays text: nothing of it became an element on the page.
    expect(await page.locator('main b').count()).toBe(0);
    expect(await ideaForm().locator('[data-counter-for="idee-tekst"]').textContent()).toBe(
      `Nog ${(5000 - [...IDEA].length).toLocaleString('nl-NL')} van de 5.000 tekens over.`,
    );

    await page.close();
    page = await context.newPage();
    await page.goto(`${server.url}/ideeen/`);
    await expectIdeaFieldsKept();
    await expectNoCspViolations();
  });

  test('a double click sends once', async () => {
    await openContext();
    await page.goto(`${server.url}/ideeen/`);
    await fillIdea();
    // Slow the answer down so that the second click surely lands while the first is on its way.
    await page.route('**/ideeen/bedankt/', async (route) => {
      await new Promise((done) => setTimeout(done, 400));
      await route.continue();
    });
    await submit().dblclick();
    const button = ideaForm().locator('[data-submit]');
    expect(await button.textContent()).toBe('Bezig met versturen …');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    await page.locator('[data-form-thanks]').waitFor({ state: 'visible' });
    await page.waitForTimeout(500); // time for a second post to arrive, if one was sent
    expect(server.submissions).toEqual([{ path: '/ideeen/bedankt/', fields: IDEA_FIELDS }]);
  });

  test('the form can be filled in and sent with the keyboard alone', async () => {
    await openContext();
    await page.goto(`${server.url}/ideeen/`);
    await field('idee').focus();
    await page.keyboard.type('Een idee met alleen het toetsenbord.');
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('project');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('buurt');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('naam');
    await page.keyboard.type('Jo');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('email');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('toestemming');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // the link to the privacy statement
    expect(await focused()).toBe('A');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('openbaar');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await page.locator('[data-form-thanks]').waitFor({ state: 'visible' });
    expect(server.submissions).toHaveLength(1);
    expect(server.submissions[0]!.fields).toEqual({
      'form-name': 'idee',
      'bot-veld': '',
      idee: 'Een idee met alleen het toetsenbord.',
      project: await page.evaluate(
        () =>
          (document.querySelector('select[name="project"] option:nth-child(2)') as HTMLOptionElement).value,
      ),
      buurt: '',
      naam: 'Jo',
      email: '',
      toestemming: 'ja',
      openbaar: 'ja',
    });
  });

  test('the form passes axe with its messages showing, and after sending', async () => {
    await openContext();
    const violations = async () =>
      (await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])).map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    await page.goto(`${server.url}/ideeen/`);
    await field('email').fill('mia@');
    await submit().click();
    expect(await ideaForm().locator('[data-error-summary]').isVisible()).toBe(true);
    expect(await violations()).toEqual([]);
    await fillIdea();
    await submit().click();
    await page.locator('[data-form-thanks]').waitFor({ state: 'visible' });
    expect(await violations()).toEqual([]);
    await page.goto(`${server.url}/nieuwsbrief/`);
    await page.locator('form[name="nieuwsbrief-aanmelding"] [data-submit]').click();
    expect(await violations()).toEqual([]);
  });
});
