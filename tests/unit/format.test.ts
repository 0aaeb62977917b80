import { describe, expect, it } from 'vitest';
/** How Dutch writes counts, sizes and choices (src/strings/format.ts), as the texts use them. */
import { countWord, fileSize, orList, plural, pluralForm } from '../../src/strings/format';
import { newsletterText } from '../../src/strings/newsletter';
import { searchText } from '../../src/strings/search';
import { t } from '../../src/strings/site';

describe('fileSize', () => {
  it('writes sizes as Dutch readers do, in kB below a megabyte and MB with a decimal comma above', () => {
    expect(fileSize(1_234)).toBe('1 kB');
    expect(fileSize(120)).toBe('1 kB');
    expect(fileSize(850_400)).toBe('850 kB');
    expect(fileSize(1_230_000)).toBe('1,2 MB');
    expect(fileSize(12_000_000)).toBe('12 MB');
  });
});

describe('countWord', () => {
  it('writes small numbers in words and larger ones in digits', () => {
    expect(countWord(4)).toBe('vier');
    expect(countWord(12)).toBe('twaalf');
    expect(countWord(13)).toBe('13');
  });
});

describe('the download link of a newsletter PDF', () => {
  it('says what it gives: the format, the size and the number of pages', () => {
    expect(t.downloadPdf(1_230_000, 8)).toBe('Download de nieuwsbrief (pdf, 1,2 MB, 8 pagina’s)');
    expect(t.downloadPdf(40_000, 1)).toBe('Download de nieuwsbrief (pdf, 40 kB, 1 pagina)');
  });
});

describe('orList', () => {
  it('lists choices as Dutch does, with "of" before the last', () => {
    expect(orList(['gepland', 'in-uitvoering', 'afgerond'])).toBe('gepland, in-uitvoering of afgerond');
    expect(orList(['ja', 'nee'])).toBe('ja of nee');
    expect(orList(['ja'])).toBe('ja');
  });
});

describe('plural', () => {
  it('the form Dutch uses for a count, as Intl.PluralRules says: one for 1, the other for 0 and more', () => {
    const forms = { one: 'bericht', other: 'berichten' };
    expect([0, 1, 2, 1.5].map((n) => plural(n, forms))).toEqual([
      '0 berichten',
      '1 bericht',
      '2 berichten',
      '1.5 berichten',
    ]);
    expect(pluralForm(1, { one: 'is', other: 'zijn' })).toBe('is');
    expect(pluralForm(3, { one: 'is', other: 'zijn' })).toBe('zijn');
  });

  it('is what the texts count with', () => {
    expect([t.newsCount(1), t.newsCount(3), t.meetingCount(1), t.meetingCount(2)]).toEqual([
      '1 bericht',
      '3 berichten',
      '1 bijeenkomst',
      '2 bijeenkomsten',
    ]);
    expect([0, 1, 2].map((n) => searchText.count(n, 'park'))).toEqual([
      'Geen resultaten voor “park”.',
      '1 resultaat voor “park”.',
      '2 resultaten voor “park”.',
    ]);
    expect(newsletterText.panel.signUpsExpired(1, 30)).toBe(
      '1 aanmelding kon 30 dagen lang niet worden doorgegeven en is vervallen.',
    );
    expect(newsletterText.panel.signUpsExpired(2, 30)).toBe(
      '2 aanmeldingen konden 30 dagen lang niet worden doorgegeven en zijn vervallen.',
    );
  });
});
