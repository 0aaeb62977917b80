/**
 * Writes small, valid PDFs for tests: a number of pages, and optionally tagged for
 * accessibility (MarkInfo Marked, a structure tree root, a document language).
 */
export interface PdfOptions {
  pages?: number;
  marked?: boolean;
  language?: string;
}

export function makePdf({ pages = 1, marked = false, language }: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const pageIds = Array.from({ length: pages }, (_, i) => 4 + i);
  const catalog = ['/Type /Catalog', '/Pages 2 0 R'];
  if (marked) catalog.push('/MarkInfo << /Marked true >>', '/StructTreeRoot 3 0 R');
  if (language) catalog.push(`/Lang (${language})`);
  objects.push(`<< ${catalog.join(' ')} >>`);
  objects.push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`);
  objects.push('<< /Type /StructTreeRoot >>');
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');

  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
