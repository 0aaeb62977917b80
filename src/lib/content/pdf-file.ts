/** The PDFs of editions on disk, read once by the build (pdf.ts says what is read and why). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfFactsOf, untaggedPdfIssue, type PdfFacts } from './pdf.ts';
import { problemIn } from './rules/problem.ts';
import { stopOn } from './rules/wording.ts';

export async function readPdf(file: string): Promise<PdfFacts> {
  // pdf.js is large; a site without PDFs never loads it. Node needs its legacy build.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfFactsOf(new Uint8Array(readFileSync(file)), getDocument);
}

export interface EditionWithPdf {
  id: string;
  /** As the build names it: content/nieuwsbrief/heilust-9.md. */
  file: string;
  date: Date;
  /** The PDF's site path, /nieuwsbrief/pdf/heilust-9.pdf. */
  pdf?: string | undefined;
}

/** Each edition's PDF in `publicDir`, by edition; stops the build on one that may not be published with its edition. */
export async function readEditionPdfs(
  editions: readonly EditionWithPdf[],
  publicDir: string,
): Promise<Map<string, PdfFacts>> {
  const pdfs = new Map<string, PdfFacts>();
  for (const { id, file, date, pdf } of editions) {
    if (!pdf) continue;
    const facts = await readPdf(join(publicDir, pdf));
    const issue = untaggedPdfIssue(facts, date, pdf);
    if (issue) stopOn([problemIn(file, 'pdf', issue)]);
    pdfs.set(id, facts);
  }
  return pdfs;
}
