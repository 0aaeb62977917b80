import { describe, expect, it } from 'vitest';
import { absoluteUrlsInHtml, escapeXml, isoInAmsterdam, jsonLd, rfc822InAmsterdam } from '../../src/lib/feed-format';
import { startOfAmsterdamDay } from '../../src/lib/dates';

describe('rfc822InAmsterdam', () => {
  it('prints a winter day as that day with +0100', () => {
    expect(rfc822InAmsterdam(startOfAmsterdamDay('2011-12-08'))).toBe('Thu, 08 Dec 2011 00:00:00 +0100');
  });

  it('prints a summer day with +0200', () => {
    expect(rfc822InAmsterdam(startOfAmsterdamDay('2011-06-01'))).toBe('Wed, 01 Jun 2011 00:00:00 +0200');
  });

  it('keeps the day on both daylight-saving switches', () => {
    expect(rfc822InAmsterdam(startOfAmsterdamDay('2012-03-25'))).toBe('Sun, 25 Mar 2012 00:00:00 +0100');
    expect(rfc822InAmsterdam(startOfAmsterdamDay('2012-10-28'))).toBe('Sun, 28 Oct 2012 00:00:00 +0200');
  });

  it('denotes the same instant as the date it prints', () => {
    const instant = startOfAmsterdamDay('2011-12-08');
    expect(new Date(rfc822InAmsterdam(instant)).getTime()).toBe(instant.getTime());
  });

  it('prints times other than midnight in Amsterdam time', () => {
    expect(rfc822InAmsterdam(new Date('2024-01-31T23:30:05Z'))).toBe('Thu, 01 Feb 2024 00:30:05 +0100');
  });
});

describe('isoInAmsterdam', () => {
  it('gives the Amsterdam day and offset', () => {
    expect(isoInAmsterdam(startOfAmsterdamDay('2011-12-08'))).toBe('2011-12-08T00:00:00+01:00');
    expect(isoInAmsterdam(startOfAmsterdamDay('2013-07-15'))).toBe('2013-07-15T00:00:00+02:00');
  });
});

describe('absoluteUrlsInHtml', () => {
  const page = 'https://www.westwint.nl/nieuws/iets/';

  it('makes root-relative and relative links absolute', () => {
    expect(absoluteUrlsInHtml('<a href="/projecten/park-west/">Park</a> <a href="../ander/">x</a>', page)).toBe(
      '<a href="https://www.westwint.nl/projecten/park-west/">Park</a> <a href="https://www.westwint.nl/nieuws/ander/">x</a>',
    );
  });

  it('resolves fragment links against the item page', () => {
    expect(absoluteUrlsInHtml('<a href="#user-content-fn-1" id="x">1</a>', page)).toBe(
      '<a href="https://www.westwint.nl/nieuws/iets/#user-content-fn-1" id="x">1</a>',
    );
  });

  it('rewrites src and every srcset candidate', () => {
    const html = '<img src="/_astro/a.jpg" srcset="/_astro/a-360.webp 360w, /_astro/a-720.webp 720w" alt="Een boom">';
    expect(absoluteUrlsInHtml(html, page)).toBe(
      '<img src="https://www.westwint.nl/_astro/a.jpg" srcset="https://www.westwint.nl/_astro/a-360.webp 360w, https://www.westwint.nl/_astro/a-720.webp 720w" alt="Een boom">',
    );
  });

  it('leaves absolute, mailto and tel links alone', () => {
    const html = '<a href="https://www.kerkrade.nl/">K</a><a href="mailto:info@westwint.nl">m</a><a href="tel:+31455676767">t</a>';
    expect(absoluteUrlsInHtml(html, page)).toBe(html);
  });

  it('touches attributes only, not text or other attributes', () => {
    const html = '<p title="/niet-aanraken">Schrijf href="/tekst" gewoon op.</p><!-- <a href="/commentaar"> -->';
    expect(absoluteUrlsInHtml(html, page)).toBe(html);
  });

  it('handles single quotes, unquoted values and ">" inside a quoted value', () => {
    expect(absoluteUrlsInHtml(`<a title="a > b" href='/x/'>x</a><a href=/y/>y</a>`, page)).toBe(
      `<a title="a > b" href='https://www.westwint.nl/x/'>x</a><a href="https://www.westwint.nl/y/">y</a>`,
    );
  });
});

describe('jsonLd', () => {
  it('cannot close its script block', () => {
    const text = jsonLd({ headline: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & <!--' });
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
