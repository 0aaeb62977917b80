/**
 * Markdown content gets NL Design System's classes (src/lib/content/rehype-nlds-classes.ts),
 * through the same plugins in the same order as astro.config.mjs: after the sanitizer, so no
 * class content writes itself survives unless GitHub's safe subset allows it.
 */
import * as cheerio from 'cheerio';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeNldsClasses, { addNldsClasses } from '../../src/lib/content/rehype-nlds-classes';
import rehypeTableAlign from '../../src/lib/content/rehype-table-align';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: '' })
  .use(rehypeTableAlign)
  .use(rehypeNldsClasses)
  .use(rehypeStringify);

const render = async (markdown: string) =>
  cheerio.load(String(await processor.process(markdown)), null, false);
const classes = ($: cheerio.CheerioAPI, selector: string) =>
  $(selector)
    .map((_, element) => $(element).attr('class') ?? '')
    .get();

describe('rehype-nlds-classes', () => {
  test('paragraphs, headings and links', async () => {
    const $ = await render('Tekst met [een link](/projecten/).\n\n## Kop\n\n### Kleiner\n\n###### Kleinst');
    expect(classes($, 'p')).toEqual(['nl-paragraph']);
    expect(classes($, 'a')).toEqual(['nl-link']);
    expect(classes($, 'h2')).toEqual(['nl-heading nl-heading--level-2']);
    expect(classes($, 'h3')).toEqual(['nl-heading nl-heading--level-3']);
    expect(classes($, 'h6')).toEqual(['nl-heading nl-heading--level-6']);
  });

  test('lists, with their items; a list inside a list has its level, and no space of its own', async () => {
    const $ = await render('- een\n  - twee\n    - drie\n\n1. eerste\n2. tweede\n   1. tweede a');
    expect(classes($, 'ul')).toEqual([
      'utrecht-unordered-list utrecht-unordered-list--distanced',
      'utrecht-unordered-list utrecht-unordered-list--nested utrecht-unordered-list--level-2',
      'utrecht-unordered-list utrecht-unordered-list--nested utrecht-unordered-list--level-3',
    ]);
    expect(classes($, 'ul > li')).toEqual(Array(3).fill('utrecht-unordered-list__item'));
    expect(classes($, 'ol')).toEqual([
      'utrecht-ordered-list utrecht-ordered-list--distanced',
      'utrecht-ordered-list',
    ]);
    expect(classes($, 'ol > li')).toEqual(Array(3).fill('utrecht-ordered-list__item'));
  });

  test('a table in a container that scrolls, its parts classed, its alignment kept', async () => {
    const $ = await render('| kolom | waarde |\n| :-- | --: |\n| a | 1 |');
    expect($('div.utrecht-table-container > table').length).toBe(1);
    expect(classes($, 'table')).toEqual(['utrecht-table utrecht-table--html-table']);
    expect(classes($, 'thead')).toEqual(['utrecht-table__header']);
    expect(classes($, 'tbody')).toEqual(['utrecht-table__body']);
    expect(classes($, 'tr')).toEqual(Array(2).fill('utrecht-table__row'));
    expect(classes($, 'th')).toEqual([
      'align-left utrecht-table__header-cell',
      'align-right utrecht-table__header-cell',
    ]);
    expect(classes($, 'td')).toEqual(['align-left utrecht-table__cell', 'align-right utrecht-table__cell']);
    expect($('[align]').length).toBe(0);
  });

  test('a quote, and the paragraph in it', async () => {
    const $ = await render('> Een mooie buurt.');
    expect(classes($, 'blockquote')).toEqual([
      'utrecht-blockquote utrecht-blockquote--html-blockquote utrecht-blockquote--distanced',
    ]);
    expect(classes($, 'blockquote > p')).toEqual(['nl-paragraph']);
  });

  test('footnotes: their section is marked, their heading hidden by the site’s own class', async () => {
    const $ = await render('Tekst[^1].\n\n[^1]: De bron.');
    expect($('section[data-footnotes]').hasClass('westwint-prose__footnotes')).toBe(true);
    expect(classes($, 'section h2')).toEqual(['westwint-visually-hidden nl-heading nl-heading--level-2']);
    expect($('.sr-only').length).toBe(0);
    expect($('sup a').hasClass('nl-link')).toBe(true);
    expect($('a[data-footnote-backref]').attr('class')).toBe('data-footnote-backref nl-link');
  });

  test('a class written in the content is dropped by the sanitizer; ours are added', async () => {
    const $ = await render('<p class="nl-button">Tekst</p>\n\n<a class="westwint-panel" href="/">link</a>');
    expect(classes($, 'p')).toEqual(['nl-paragraph', 'nl-paragraph']);
    expect(classes($, 'a')).toEqual(['nl-link']);
  });

  test('leaves elements it has no class for alone, and adds a class only once', () => {
    const em = { type: 'element', tagName: 'em', properties: {}, children: [] };
    const paragraph = {
      type: 'element',
      tagName: 'p',
      properties: { className: ['nl-paragraph'] },
      children: [em],
    };
    addNldsClasses({ type: 'root', children: [paragraph] });
    expect(paragraph.properties).toEqual({ className: ['nl-paragraph'] });
    expect(em.properties).toEqual({});
  });
});
