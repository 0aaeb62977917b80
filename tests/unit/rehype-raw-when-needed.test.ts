import { describe, expect, it } from 'vitest';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeRawWhenNeeded, { hasRawHtml } from '../../src/lib/content/rehype-raw-when-needed';

const html = (markdown: string, raw: unknown) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(raw as never)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('rehypeRawWhenNeeded', () => {
  it('gives what rehype-raw gives, with and without HTML in the Markdown', () => {
    for (const markdown of [
      '# Kop\n\nTekst met **nadruk**, een [link](/x/) en\n\n- een\n- lijst',
      'Tekst met <abbr title="Heilust">HL</abbr> en\n\n<details><summary>Meer</summary>\n\nUitleg.\n\n</details>',
    ]) {
      expect(html(markdown, rehypeRawWhenNeeded)).toBe(html(markdown, rehypeRaw));
    }
  });

  it('knows whether a tree holds raw HTML', () => {
    expect(hasRawHtml({ type: 'root', children: [{ type: 'element', children: [{ type: 'text' }] }] })).toBe(
      false,
    );
    expect(hasRawHtml({ type: 'root', children: [{ type: 'element', children: [{ type: 'raw' }] }] })).toBe(
      true,
    );
  });
});
