import { PDFParse } from 'pdf-parse';

/** The text of each page, as pdf-parse 2 reads it. */
export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const parser = new PDFParse({ data });
  try {
    const result = await parser.getText();
    return result.pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}
