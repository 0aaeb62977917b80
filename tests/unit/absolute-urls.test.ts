import { describe, expect, it } from 'vitest';
import { absoluteUrlsInHtml, escapeXml } from '../../src/lib/feeds/absolute-urls';

const expectHtml = async (html: string, page: string) => expect(await absoluteUrlsInHtml(html, page));

describe('absoluteUrlsInHtml (a rehype step)', () => {
  const page = 'https://www.westwint.nl/nieuws/iets/';

  it('makes root-relative and relative links absolute', async () => {
    (await expectHtml('<a href="/projecten/park-west/">Park</a> <a href="../ander/">x</a>', page)).toBe(
      '<a href="https://www.westwint.nl/projecten/park-west/">Park</a> <a href="https://www.westwint.nl/nieuws/ander/">x</a>',
    );
  });

  it('resolves fragment links against the item page', async () => {
    (await expectHtml('<a href="#user-content-fn-1" id="x">1</a>', page)).toBe(
      '<a href="https://www.westwint.nl/nieuws/iets/#user-content-fn-1" id="x">1</a>',
    );
  });

  it('rewrites src and every srcset candidate', async () => {
    const html =
      '<img src="/_astro/a.jpg" srcset="/_astro/a-360.webp 360w, /_astro/a-720.webp 720w" alt="Een boom">';
    (await expectHtml(html, page)).toBe(
      '<img src="https://www.westwint.nl/_astro/a.jpg" srcset="https://www.westwint.nl/_astro/a-360.webp 360w, https://www.westwint.nl/_astro/a-720.webp 720w" alt="Een boom">',
    );
  });

  it('leaves absolute, mailto and tel links alone', async () => {
    const html =
      '<a href="https://www.kerkrade.nl/">K</a><a href="mailto:info@westwint.nl">m</a><a href="tel:+31455676767">t</a>';
    (await expectHtml(html, page)).toBe(html);
  });

  it('touches attributes only, not text or other attributes', async () => {
    const html =
      '<p title="/niet-aanraken">Schrijf href="/tekst" gewoon op.</p><!-- <a href="/commentaar"> -->';
    (await expectHtml(html, page)).toBe(html);
  });

  it('reads single quotes, unquoted values and ">" inside a quoted value as a browser does', async () => {
    (await expectHtml(`<a title="a > b" href='/x/'>x</a><a href=/y/>y</a>`, page)).toBe(
      `<a title="a > b" href="https://www.westwint.nl/x/">x</a><a href="https://www.westwint.nl/y/">y</a>`,
    );
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
