/** A PDF on disk, read by the build (pdf.ts says what is read and why). */
import { readFileSync } from 'node:fs';
import { pdfFactsOf, type PdfFacts } from './pdf.ts';

export async function readPdf(file: string): Promise<PdfFacts> {
  // pdf.js is large; a site without PDFs never loads it. Node needs its legacy build.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfFactsOf(new Uint8Array(readFileSync(file)), getDocument);
}
