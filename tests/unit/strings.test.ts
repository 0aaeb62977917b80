import { describe, expect, it } from 'vitest';
import { countWord, fileSize, orList, t } from '../../src/strings';

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
