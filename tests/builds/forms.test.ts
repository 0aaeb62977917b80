/**
 * The built forms against Netlify's deploy-time form detection: Netlify reads the HTML,
 * finds forms with data-netlify, takes their name and field names, and then accepts
 * urlencoded POSTs with a matching form-name. A field without a name is silently dropped,
 * so every one is checked here. The choices come from the content: the fixture gets an
 * extra project and neighbourhood, which must appear without any code change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../../scripts/lib/astro-build.ts';
import { baseFixture, fixtureSite } from '../helpers/fixture';
import type { Files } from '../../scripts/lib/content-folder.ts';
import { IDEA_MAX_LENGTH } from '../../src/consts';

const files: Files = baseFixture();

/** Slugs and titles of a collection in the fixture, read from the files themselves. */
function collection(folder: string): Array<{ slug: string; title: string }> {
  return Object.entries(files)
    .filter(([path]) => path.startsWith(`${folder}/`) && path.endsWith('.md'))
    .map(([path, text]) => ({
      slug: path.slice(folder.length + 1, -3),
      title: /^title: (.+)$/m.exec(String(text))![1]!,
    }));
}

let build: BuildResult;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

const load = (path: string) => cheerio.load(readFileSync(join(build.outDir, path), 'utf8'));

beforeAll(() => {
  build = fixtureSite();
});

interface FoundForm {
  page: string;
  $: cheerio.CheerioAPI;
  form: cheerio.Cheerio<any>;
}

function netlifyForms(): FoundForm[] {
  return htmlFiles(build.outDir).flatMap((file) => {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    return $('form[data-netlify], form[netlify]')
      .toArray()
      .map((el) => ({ page: `/${relative(build.outDir, file)}`, $, form: $(el) }));
  });
}

describe('Netlify form detection', () => {
  test('the idea form is on /ideeen/ and the sign-up on the newsletter archive', () => {
    const found = netlifyForms().map(({ page, form }) => `${page} ${form.attr('name')}`);
    expect(found).toContain('/ideeen/index.html idee');
    expect(found).toContain('/nieuwsbrief/index.html nieuwsbrief-aanmelding');
    expect(new Set(netlifyForms().map(({ form }) => form.attr('name')))).toEqual(
      new Set(['idee', 'nieuwsbrief-aanmelding', 'paginafeedback']),
    );
  });

  test('"Was deze pagina nuttig?" is under every news item, meeting, project and general page, naming the page, and nowhere else', () => {
    const pages = netlifyForms()
      .filter(({ form }) => form.attr('name') === 'paginafeedback')
      .map(({ page, form }) => {
        const path = page.replace(/index\.html$/, '');
        expect(
          form.find('input[type="hidden"][name="pagina"]').attr('value'),
          `${page}: names its page`,
        ).toBe(path);
        return path;
      });
    const expected = [
      ...collection('nieuws')
        .filter(({ slug }) => !['geheim-concept', 'bericht-uit-de-toekomst'].includes(slug))
        .map(({ slug }) => `/nieuws/${slug}/`),
      ...collection('projecten').map(({ slug }) => `/projecten/${slug}/`),
      ...collection('agenda')
        .filter(({ slug }) => slug !== 'geheime-bijeenkomst')
        .map(({ slug }) => `/agenda/${slug}/`),
      ...collection('paginas').map(({ slug }) => `/${slug}/`),
    ];
    expect(pages.sort()).toEqual(expected.sort());
  });

  test('the feedback form asks Ja or Nee and an optional remark, and no personal data', () => {
    const $ = load('projecten/park-west/index.html');
    const form = $('form[name="paginafeedback"]');
    expect(form.attr('action')).toBe('/feedback/bedankt/');
    expect(form.find('legend').text()).toBe('Was deze pagina nuttig?');
    expect(
      form
        .find('input[type="radio"][name="nuttig"]')
        .map((_, el) => $(el).attr('value'))
        .get(),
    ).toEqual(['ja', 'nee']);
    expect(
      form.find('input[name="nuttig"][required]').length,
      'a choice is needed, checked by the browser',
    ).toBeGreaterThan(0);
    expect(form.find('textarea[name="opmerking"]').attr('required')).toBeUndefined();
    const names = form
      .find('input:not([type="hidden"]), select, textarea')
      .toArray()
      .map((el) => $(el).attr('name'));
    expect([...new Set(names)].sort()).toEqual(['bot-veld', 'nuttig', 'opmerking']);
    expect(
      form.find('input[type="email"], input[type="tel"], [autocomplete="name"], [autocomplete="email"]'),
    ).toHaveLength(0);
    expect($('script[src]').length, 'a page that had no JavaScript still has none').toBe(0);
  });

  test('every Netlify form carries what detection and submission need', () => {
    const forms = netlifyForms();
    expect(forms.length).toBeGreaterThanOrEqual(2);
    for (const { page, $, form } of forms) {
      const where = `${page} form ${form.attr('name')}`;
      const name = form.attr('name');
      expect(name, where).toMatch(/^[a-z0-9-]+$/);
      expect(form.attr('data-netlify'), where).toBe('true');
      expect(form.attr('method')?.toUpperCase(), where).toBe('POST');
      expect(form.attr('enctype') ?? 'application/x-www-form-urlencoded', where).toBe(
        'application/x-www-form-urlencoded',
      );

      const formName = form.find('input[type="hidden"][name="form-name"]');
      expect(formName.length, `${where}: one hidden form-name`).toBe(1);
      expect(formName.attr('value'), where).toBe(name);

      // The honeypot: named by netlify-honeypot, a real field, hidden from people and keyboards.
      const honeypotName = form.attr('netlify-honeypot');
      expect(honeypotName, where).toBeTruthy();
      const honeypot = form.find(`input[name="${honeypotName}"]`);
      expect(honeypot.length, `${where}: honeypot field`).toBe(1);
      expect(honeypot.attr('tabindex'), where).toBe('-1');
      expect(honeypot.attr('autocomplete'), where).toBe('off');
      expect(
        honeypot.closest('[aria-hidden="true"]').length,
        `${where}: honeypot hidden from screen readers`,
      ).toBe(1);
      expect(honeypot.closest('.westwint-visually-hidden').length, `${where}: honeypot visually hidden`).toBe(
        1,
      );
      expect($(`label[for="${honeypot.attr('id')}"]`).text(), where).toBe('Laat dit veld leeg');

      form.find('input, select, textarea').each((_, el) => {
        const field = $(el);
        const label = `${where}: <${el.tagName} id=${field.attr('id')}>`;
        expect(field.attr('name'), `${label} has a name`).toBeTruthy();
        const type = field.attr('type') ?? 'text';
        if (el.tagName === 'textarea' || (el.tagName === 'input' && ['text', 'email'].includes(type))) {
          expect(Number(field.attr('maxlength')), `${label} has a maxlength`).toBeGreaterThan(0);
        }
        // Every visible field has a label.
        if (type !== 'hidden') expect($(`label[for="${field.attr('id')}"]`).length, `${label} label`).toBe(1);
      });
      // Netlify stores only what it saw at deploy: a name used twice in one form would clash.
      // The buttons of one radio group share their name; that name is used by nothing else.
      const names = form
        .find('input:not([type="radio"]), select, textarea')
        .toArray()
        .map((el) => $(el).attr('name'));
      const radioGroups = new Set(
        form
          .find('input[type="radio"]')
          .toArray()
          .map((el) => $(el).attr('name')),
      );
      expect(new Set(names).size, `${where}: unique field names`).toBe(names.length);
      for (const group of radioGroups)
        expect(names, `${where}: radio group ${group} shares its name with another field`).not.toContain(
          group,
        );

      // The thank-you page the form lands on exists.
      const action = form.attr('action')!;
      expect(action, where).toMatch(/^\/.*\/$/);
      expect(() => load(join(action, 'index.html')), `${where}: ${action} exists`).not.toThrow();
    }
  });

  test('the forms are made of NL Design System’s form fields, each message between its label and its control', () => {
    const controlClass: Record<string, string> = {
      textarea: 'utrecht-textarea utrecht-textarea--html-textarea',
      select: 'utrecht-select utrecht-select--html-select',
      text: 'utrecht-textbox utrecht-textbox--html-input',
      email: 'utrecht-textbox utrecht-textbox--html-input',
      checkbox: 'utrecht-checkbox utrecht-checkbox--html-input',
      radio: 'westwint-form-fieldset__radio',
    };
    for (const { page, $, form } of netlifyForms()) {
      const where = `${page} form ${form.attr('name')}`;
      const controls = form.find('input:not([type="hidden"]), select, textarea').filter((_, el) => {
        return $(el).closest('.westwint-visually-hidden').length === 0;
      });
      expect(controls.length, where).toBeGreaterThan(1);
      controls.each((_, el) => {
        const control = $(el);
        const id = control.attr('id')!;
        const kind = el.tagName === 'input' ? (control.attr('type') ?? 'text') : el.tagName;
        const label = `${where}: #${id}`;
        expect(control.attr('class'), label).toBe(controlClass[kind]);
        expect($(`label[for="${id}"]`).hasClass('utrecht-form-label'), `${label} label`).toBe(true);
        if (kind === 'radio') {
          expect(control.closest('fieldset.utrecht-form-fieldset__fieldset').length, label).toBe(1);
          return;
        }
        const field = control.closest('.utrecht-form-field');
        expect(field.length, `${label} in a form field`).toBe(1);
        expect(field.find(`label[for="${id}"]`).closest('.utrecht-form-field__label').length, label).toBe(1);
        const required = control.attr('required') !== undefined;
        expect(field.find('.westwint-form-label__note').text(), `${label} says whether it is needed`).toBe(
          required ? '(verplicht)' : '(niet verplicht)',
        );
        // Where a script checks the form, the message is in place, hidden, above the control.
        const error = field.find(`#${id}-fout`);
        if (form.attr('data-resident-form') === undefined) {
          expect(error.length, label).toBe(0);
          return;
        }
        expect(error.hasClass('utrecht-form-field-error-message'), label).toBe(true);
        expect(error.attr('hidden'), label).toBeDefined();
        const order = field
          .find(`#${id}-fout, #${id}`)
          .toArray()
          .map((node) => $(node).attr('id'));
        expect(order, `${label}: message before control`).toEqual([`${id}-fout`, id]);
      });
      const submit = form.find('button[type="submit"]');
      expect(submit.attr('class'), where).toBe('nl-button nl-button--primary');
    }
  });

  test('a resident form has its error summary above the fields, and a live region for a failed send', () => {
    for (const path of ['ideeen/index.html', 'nieuwsbrief/index.html']) {
      const $ = load(path);
      const form = $('form[data-resident-form]');
      const summary = form.find('[data-error-summary]');
      expect(summary.hasClass('westwint-error-summary'), path).toBe(true);
      expect(summary.attr('hidden'), path).toBeDefined();
      expect(
        summary.nextAll().find('input:not([type="hidden"]), select, textarea').length,
        path,
      ).toBeGreaterThan(0);
      expect(summary.prevAll().find('select, textarea, input[type="email"]').length, path).toBe(0);
      const title = summary.find('[data-error-summary-title]');
      expect(title.text(), path).toBe('Er ontbreekt nog iets');
      expect(title.attr('tabindex'), path).toBe('-1');
      expect(summary.attr('aria-labelledby'), path).toBe(title.attr('id'));
      expect(summary.find('ul[data-error-list]').hasClass('utrecht-unordered-list'), path).toBe(true);
      const status = form.find('[data-form-status]');
      expect(status.attr('role'), path).toBe('alert');
      expect(status.text(), path).toBe('');
    }
    // The summary's heading is one level below the heading above the form.
    expect(load('ideeen/index.html')('[data-error-summary-title]').prop('tagName')).toBe('H2');
    expect(load('nieuwsbrief/index.html')('[data-error-summary-title]').prop('tagName')).toBe('H3');
  });

  test('the idea form has the fields of the issue, with the right limits', () => {
    const $ = load('ideeen/index.html');
    const form = $('form[name="idee"]');
    expect(form.attr('action')).toBe('/ideeen/bedankt/');
    const idea = form.find('textarea[name="idee"]');
    expect(idea.attr('required')).toBeDefined();
    expect(idea.attr('maxlength')).toBe(String(IDEA_MAX_LENGTH));
    expect(form.find('select[name="project"]').attr('required')).toBeUndefined();
    expect(form.find('select[name="buurt"]').attr('required')).toBeUndefined();
    expect(form.find('input[name="naam"]').attr('required')).toBeUndefined();
    expect(form.find('input[name="email"][type="email"]').attr('required')).toBeUndefined();
    const consent = form.find('input[name="toestemming"][type="checkbox"]');
    expect(consent.attr('required')).toBeDefined();
    expect($(`label[for="${consent.attr('id')}"] a`).attr('href')).toBe('/privacy/');
  });

  test('the sign-up asks for e-mail and consent, posts to site.yaml’s address, and offers the RSS feed', () => {
    const $ = load('nieuwsbrief/index.html');
    const form = $('form[name="nieuwsbrief-aanmelding"]');
    expect(form.attr('action')).toBe('/nieuwsbrief/aangemeld/');
    expect(form.find('input[name="email"][type="email"]').attr('required')).toBeDefined();
    expect(form.find('input[name="toestemming"][type="checkbox"]').attr('required')).toBeDefined();
    const fieldNames = form
      .find('input:not([type="hidden"]), select, textarea')
      .toArray()
      .map((el) => $(el).attr('name'));
    expect(fieldNames.sort()).toEqual(['bot-veld', 'email', 'toestemming']);
    expect(form.closest('section').find('a[href="/nieuwsbrief/rss.xml"]').length).toBe(1);
  });
});

describe('choices from the content', () => {
  const optionsOf = (name: string) => {
    const $ = load('ideeen/index.html');
    return $(`form[name="idee"] select[name="${name}"] option`)
      .toArray()
      .map((el) => ({ value: $(el).attr('value'), title: $(el).text() }));
  };

  test('every project is a choice, the new one included', () => {
    const options = optionsOf('project');
    expect(options[0]?.value).toBe('');
    const expected = collection('projecten');
    expect(expected.map((p) => p.slug)).toContain('nieuw-buurtplein');
    expect(
      options
        .slice(1)
        .map((o) => o.value)
        .sort(),
    ).toEqual(expected.map((p) => p.slug).sort());
    for (const project of expected)
      expect(options).toContainEqual({ value: project.slug, title: project.title });
  });

  test('every neighbourhood is a choice, the new one included', () => {
    const options = optionsOf('buurt');
    expect(options[0]?.value).toBe('');
    const expected = collection('buurten');
    expect(expected.map((b) => b.slug)).toContain('gracht');
    expect(
      options
        .slice(1)
        .map((o) => o.value)
        .sort(),
    ).toEqual(expected.map((b) => b.slug).sort());
    for (const neighbourhood of expected)
      expect(options).toContainEqual({ value: neighbourhood.slug, title: neighbourhood.title });
  });
});

describe('pages and scripts', () => {
  test('the sign-up’s page says to confirm in the mailbox first: nothing is sent until then', () => {
    const text = load('nieuwsbrief/aangemeld/index.html')('main').text();
    expect(text).toContain('Klik op de link in die e-mail om uw aanmelding te bevestigen');
    expect(text).toContain('Tot u dat doet, sturen wij u niets');
  });

  test('thank-you pages are Dutch, helpful, link back and stay out of search engines', () => {
    for (const [path, heading, back] of [
      ['ideeen/bedankt/index.html', 'Bedankt voor uw idee!', '/ideeen/'],
      ['nieuwsbrief/aangemeld/index.html', 'Bijna klaar: kijk in uw mailbox', '/nieuwsbrief/'],
      ['feedback/bedankt/index.html', 'Bedankt voor uw reactie!', '/'],
    ] as const) {
      const $ = load(path);
      expect($('html').attr('lang')).toBe('nl');
      expect($('h1').text()).toBe(heading);
      expect($(`main a[href="${back}"]`).length, path).toBe(1);
      expect($('main a[href="/"]').length, path).toBe(1);
      expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    }
  });

  test('the form script is one external file, only on pages with a form, and nothing inline', () => {
    const formScript = ($: cheerio.CheerioAPI) =>
      $('script[src]')
        .toArray()
        .map((el) => $(el).attr('src')!)
        .filter((src) => /FormScript|forms/i.test(src));
    for (const path of ['ideeen/index.html', 'nieuwsbrief/index.html']) {
      const $ = load(path);
      expect(formScript($), path).toHaveLength(1);
      expect(formScript($)[0]).toMatch(/^\/_astro\/[^/]+\.js$/);
      expect(
        $('script:not([src])').filter((_, el) => $(el).attr('type') !== 'application/ld+json').length,
        path,
      ).toBe(0);
    }
    for (const path of ['index.html', 'projecten/index.html', 'ideeen/bedankt/index.html']) {
      expect(formScript(load(path)), path).toHaveLength(0);
    }
  });
});
