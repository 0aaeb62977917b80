/**
 * What the site says about an edition's PDF, read from the file at build time with Mozilla's
 * pdf.js: its size and page count (for the download link) and whether it is tagged for
 * accessibility (marked content and a document language), which the law asks of PDFs
 * published from 23 September 2018 on.
 */
import { readFileSync } from 'node:fs';
import { amsterdamDay } from '../dates/amsterdam';

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

export async function readPdf(file: string): Promise<PdfFacts> {
  // pdf.js is large; a site without PDFs never loads it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(file));
  const bytes = data.byteLength;
  // pdf.js takes over the buffer it is given, so the size is read first.
  const document = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const markInfo = await document.getMarkInfo();
    const { info } = (await document.getMetadata()) as { info: { Language?: string | null } };
    return { bytes, pages: document.numPages, marked: markInfo?.Marked === true, language: info.Language || null };
  } finally {
    await document.destroy();
  }
}

/** Why a PDF may not be published with an edition of this date, or null when it may. */
export function untaggedPdfProblem(facts: PdfFacts, editionDate: Date, pdfPath: string): string | null {
  if (amsterdamDay(editionDate) < ACCESSIBLE_PDFS_FROM) return null;
  const missing = [!facts.marked && 'gemarkeerde inhoud (tags)', !facts.language && 'een documenttaal'].filter(Boolean);
  if (missing.length === 0) return null;
  return (
    `het bestand public${pdfPath} is niet toegankelijk: het mist ${missing.join(' en ')}. ` +
    `Een pdf bij een editie van ${ACCESSIBLE_PDFS_FROM} of later moet toegankelijk zijn (wettelijke eis). ` +
    'Exporteer de pdf opnieuw met "getagde pdf" en de taal Nederlands aan, of laat het veld pdf weg: de editie staat ook als tekst op de site'
  );
}
