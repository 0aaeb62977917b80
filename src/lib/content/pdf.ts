/**
 * What the site says about an edition's PDF, read with Mozilla's pdf.js: its size and page count
 * (for the download link) and whether it is tagged for accessibility (marked content and a
 * document language), which the law asks of PDFs published from 23 September 2018 on. The build
 * reads the files on disk (pdf-file.ts); the editor reads a PDF in the browser before accepting it.
 */
import type { getDocument } from 'pdfjs-dist';
import { amsterdamDay } from '../dates/amsterdam.ts';

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
export function untaggedPdfProblem(facts: PdfFacts, editionDate: Date, pdfPath: string): string | null {
  if (!needsTaggedPdf(editionDate)) return null;
  const missing = [
    !facts.marked && 'gemarkeerde inhoud (tags)',
    !facts.language && 'een documenttaal',
  ].filter(Boolean);
  if (missing.length === 0) return null;
  return (
    `het bestand public${pdfPath} is niet toegankelijk: het mist ${missing.join(' en ')}. ` +
    `Een pdf bij een editie van ${ACCESSIBLE_PDFS_FROM} of later moet toegankelijk zijn (wettelijke eis). ` +
    'Exporteer de pdf opnieuw met "getagde pdf" en de taal Nederlands aan, of laat het veld pdf weg: de editie staat ook als tekst op de site'
  );
}
