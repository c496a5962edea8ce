// Prints the text of a PDF as Mozilla pdf.js reads it: each text item in content order, a line break where
// pdf.js marks the end of a line. Usage: node text.mjs file.pdf
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const document = await getDocument({ data, verbosity: 0 }).promise;
let out = '';
for (let number = 1; number <= document.numPages; number++) {
  const page = await document.getPage(number);
  const content = await page.getTextContent();
  for (const item of content.items) {
    out += item.str + (item.hasEOL ? '\n' : '');
  }
  out += '\n';
}
process.stdout.write(out);
