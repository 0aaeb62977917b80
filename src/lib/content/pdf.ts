/**
 * What the site says about an edition's PDF, read with Mozilla's pdf.js: its size and page count
 * (for the download link) and whether it is tagged for accessibility (marked content and a
 * document language), which the law asks of PDFs published from 23 September 2018 on. The build
 * reads the files on disk (pdf-file.ts); the editor reads a PDF in the browser before accepting it.
 */
import type { getDocument } from 'pdfjs-dist';
import { amsterdamDay } from '../dates/amsterdam.ts';
import type { Issue } from './rules/problem.ts';

export interface PdfFacts {
  bytes: number;
  pages: number;
  /** The catalog's MarkInfo says Marked: the content is tagged. */
  marked: boolean;
  /** The catalog's /Lang, e.g. "nl-NL", or null. */
  language: string | null;
}

/** The Dutch accessibility decree (Tijdelijk besluit digitale toegankelijkheid overheid) exempts older files. */
export const ACCESSIBLE_PDFS_FROM = '2018-09-23';

/** The facts of a PDF's bytes, with the getDocument of the pdf.js build the caller loaded. */
export async function pdfFactsOf(data: Uint8Array, open: typeof getDocument): Promise<PdfFacts> {
  const bytes = data.byteLength;
  // pdf.js takes over the buffer it is given, so the size is read first.
  const document = await open({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const markInfo = await document.getMarkInfo();
    const { info } = (await document.getMetadata()) as { info: { Language?: string | null } };
    return {
      bytes,
      pages: document.numPages,
      marked: markInfo?.Marked === true,
      language: info.Language || null,
    };
  } finally {
    await document.destroy();
  }
}

/** Whether an edition of this date must have a tagged PDF. */
export function needsTaggedPdf(editionDate: Date): boolean {
  return amsterdamDay(editionDate) >= ACCESSIBLE_PDFS_FROM;
}

/** Why a PDF may not be published with an edition of this date, or null when it may. */
export function untaggedPdfIssue(facts: PdfFacts, editionDate: Date, pdfPath: string): Issue | null {
  if (!needsTaggedPdf(editionDate)) return null;
  const missing = [
    ...(facts.marked ? [] : ['tags' as const]),
    ...(facts.language ? [] : ['language' as const]),
  ];
  return missing.length === 0
    ? null
    : { kind: 'untagged-pdf', path: pdfPath, missing, from: ACCESSIBLE_PDFS_FROM };
}
