import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { untaggedPdfIssue, type PdfFacts } from '../../src/lib/content/pdf';
import { expectation } from '../../src/lib/content/rules/wording';
import { readPdf } from '../../src/lib/content/pdf-file';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { makePdf, type PdfOptions } from '../../scripts/lib/make-pdf.ts';

const dir = mkdtempSync(join(tmpdir(), 'westwint-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfFile(name: string, options: PdfOptions): string {
  const file = join(dir, name);
  writeFileSync(file, makePdf(options));
  return file;
}

describe('readPdf', () => {
  it('reads the size, the page count and that a file is tagged with a language', async () => {
    const file = pdfFile('getagd.pdf', { pages: 8, marked: true, language: 'nl-NL' });
    const facts = await readPdf(file);
    expect(facts).toEqual({
      bytes: makePdf({ pages: 8, marked: true, language: 'nl-NL' }).byteLength,
      pages: 8,
      marked: true,
      language: 'nl-NL',
    });
  });

  it('knows an untagged file without a language', async () => {
    expect(await readPdf(pdfFile('kaal.pdf', { pages: 2 }))).toMatchObject({
      pages: 2,
      marked: false,
      language: null,
    });
  });

  it('reads the real newsletter PDFs', async () => {
    expect(await readPdf('public/nieuwsbrief/pdf/heilust-2.pdf')).toMatchObject({ pages: 1, marked: false });
  });
});

describe('untaggedPdfIssue', () => {
  const untaggedPdfProblem = (...args: Parameters<typeof untaggedPdfIssue>) => {
    const issue = untaggedPdfIssue(...args);
    return issue && expectation(issue);
  };
  const tagged: PdfFacts = { bytes: 1, pages: 1, marked: true, language: 'nl' };
  const day = startOfAmsterdamDay;

  it('exempts editions from before 23 September 2018, as the law does', () => {
    expect(
      untaggedPdfProblem(
        { ...tagged, marked: false, language: null },
        day('2018-09-22'),
        '/nieuwsbrief/pdf/oud.pdf',
      ),
    ).toBeNull();
  });

  it('accepts a tagged PDF with a language from that day on', () => {
    expect(untaggedPdfProblem(tagged, day('2018-09-23'), '/nieuwsbrief/pdf/nieuw.pdf')).toBeNull();
  });

  it('refuses a later PDF without tags or language, naming the file and what is missing', () => {
    expect(
      untaggedPdfProblem({ ...tagged, marked: false }, day('2018-09-23'), '/nieuwsbrief/pdf/a.pdf'),
    ).toMatch(
      /^het bestand public\/nieuwsbrief\/pdf\/a\.pdf is niet toegankelijk: het mist gemarkeerde inhoud \(tags\)\. /,
    );
    expect(
      untaggedPdfProblem({ ...tagged, marked: false, language: null }, day('2020-01-01'), '/b.pdf'),
    ).toContain('het mist gemarkeerde inhoud (tags) en een documenttaal');
    expect(untaggedPdfProblem({ ...tagged, language: null }, day('2020-01-01'), '/c.pdf')).toContain(
      'wettelijke eis',
    );
    expect(untaggedPdfIssue({ ...tagged, language: null }, day('2020-01-01'), '/c.pdf')).toEqual({
      kind: 'untagged-pdf',
      path: '/c.pdf',
      missing: ['language'],
      from: '2018-09-23',
    });
  });
});
