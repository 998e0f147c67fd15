/**
 * Adds document properties Chromium does not write (Author, Subject) to its PDF, as an
 * incremental update: a new Info dictionary and a small cross-reference section appended after
 * %%EOF, the original bytes untouched. A PDF this does not recognise is returned unchanged.
 */
export interface PdfProperties {
  author?: string;
  subject?: string;
  creator?: string;
}

/** A PDF text string: UTF-16BE with a byte-order mark, written in hex so nothing needs escaping. */
function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export function addPdfProperties(pdf: Buffer, properties: PdfProperties): Buffer {
  const entries = Object.entries({ Author: properties.author, Subject: properties.subject, Creator: properties.creator }).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '',
  );
  if (!entries.length) return pdf;
  // Only the tail matters: the last trailer and startxref.
  const tail = pdf.subarray(Math.max(0, pdf.length - 4096)).toString('latin1');
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(tail);
  const size = trailer && /\/Size\s+(\d+)/.exec(trailer[1]!);
  const root = trailer && /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer[1]!);
  if (!trailer || !size || !root) return pdf;
  const infoRef = /\/Info\s+(\d+)\s+0\s+R/.exec(trailer[1]!)?.[1];
  const oldInfo = infoRef ? readDictionary(pdf, Number(infoRef)) : '';
  // Literal strings may hold escaped parentheses: Chromium's Creator has "(X11; Linux x86_64\)".
  const kept = oldInfo.replace(new RegExp(`/(${entries.map(([k]) => k).join('|')})\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[^>]*>)`, 'g'), '');

  const objectNumber = Number(size[1]);
  const body = `\n${objectNumber} 0 obj\n<<${kept}${entries.map(([k, v]) => `/${k} ${pdfText(v)}`).join('')}>>\nendobj\n`;
  const objectOffset = pdf.length + 1;
  const xrefOffset = pdf.length + Buffer.byteLength(body, 'latin1');
  const update =
    body +
    `xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${objectNumber + 1} /Root ${root[1]} /Info ${objectNumber} 0 R /Prev ${trailer[2]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

/** The inside of an object's dictionary, found by its "N 0 obj" header; '' when not found. */
function readDictionary(pdf: Buffer, objectNumber: number): string {
  const text = pdf.toString('latin1');
  const m = new RegExp(`(?:^|[\\r\\n])${objectNumber} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text);
  return m ? m[1]! : '';
}
