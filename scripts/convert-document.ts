/**
 * Text out of the formats reports arrive in besides plain text: a Word `.docx` and a saved web page `.html`.
 * The received file stays the seed, byte for byte; this conversion is repeated by every `npm run content` and its
 * result kept in `content/converted/<id>.txt`, so the published text can be checked against the seed.
 * Libraries do the reading (mammoth for Word, html-to-text for pages); only the safety checks on the archive are
 * ours, because mammoth inflates whatever the archive declares.
 */
import { convert as htmlToText } from 'html-to-text';
import mammoth from 'mammoth';
import yauzl from 'yauzl';
import { InputError } from '../src/lib/report-document.ts';

/** Formats converted to text; anything else is read as text by the pipeline. */
export const CONVERTED_EXTENSIONS = ['docx', 'html', 'htm'] as const;

export function needsConversion(file: string): boolean {
  return (CONVERTED_EXTENSIONS as readonly string[]).includes(file.slice(file.lastIndexOf('.') + 1).toLowerCase());
}

/** Limits for a Word archive: a report is a few hundred kilobytes; anything far beyond is not a report. */
const MAX_ENTRIES = 2_000;
const MAX_UNCOMPRESSED = 200 * 1024 * 1024;
const MAX_RATIO = 200;

/** Lists a zip archive's entries without inflating them, rejecting what could be a zip bomb. */
function checkArchive(bytes: Uint8Array, shownPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) {
        reject(new InputError(shownPath, 1, `not a Word document: the file is not a zip archive (${error?.message ?? 'unreadable'})`));
        return;
      }
      let entries = 0;
      let total = 0;
      let hasDocument = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        entries++;
        total += entry.uncompressedSize;
        if (entry.fileName === 'word/document.xml') hasDocument = true;
        const ratio = entry.compressedSize === 0 ? 0 : entry.uncompressedSize / entry.compressedSize;
        if (/\.(?:zip|docx|jar)$/i.test(entry.fileName)) {
          zip.close();
          reject(new InputError(shownPath, 1, `archive holds another archive (${entry.fileName}): nested archives are refused`));
        } else if (entries > MAX_ENTRIES || total > MAX_UNCOMPRESSED || (entry.uncompressedSize > 1024 * 1024 && ratio > MAX_RATIO)) {
          zip.close();
          reject(new InputError(shownPath, 1, `archive too large when unpacked (${entries} entries, ${total} bytes declared, ratio ${Math.round(ratio)}): refused as a possible zip bomb`));
        } else {
          zip.readEntry();
        }
      });
      zip.on('end', () => (hasDocument ? resolve() : reject(new InputError(shownPath, 1, 'not a Word document: the archive has no word/document.xml'))));
      zip.on('error', (zipError: Error) => reject(new InputError(shownPath, 1, `not a Word document: ${zipError.message}`)));
      zip.readEntry();
    });
  });
}

/**
 * Text of a saved web page: the report's words only. Scripts, styles, navigation, headers, footers, forms and
 * images are dropped; paragraphs and headings are separated by blank lines, other blocks by line breaks.
 * The article element or the largest content block is preferred over the whole page when the page has one.
 */
function textOfPage(html: string): string {
  const skip = ['script', 'style', 'noscript', 'nav', 'header', 'footer', 'form', 'iframe', 'svg', 'img', 'button', 'select', 'template'];
  return htmlToText(html, {
    wordwrap: false,
    preserveNewlines: false,
    baseElements: { selectors: ['article', 'main', '#zoom', '.TRS_Editor', '.article-content', 'body'], returnDomByDefault: true },
    selectors: [
      ...skip.map((selector) => ({ selector, format: 'skip' as const })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'p', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
      { selector: 'h1', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 } },
      { selector: 'h2', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 } },
      { selector: 'h3', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 } },
      { selector: 'h4', options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}

/** Decodes a page's bytes: UTF-8 unless the page declares GB2312/GBK/GB18030. */
function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 2048));
  const gb = /charset=["']?\s*(?:gb2312|gbk|gb18030)/i.test(head);
  return new TextDecoder(gb ? 'gb18030' : 'utf-8').decode(bytes);
}

/** The report text of a `.docx` or `.html` seed; throws an InputError (`file:1: …`) for what cannot be read. */
export async function convertToText(file: string, bytes: Uint8Array, shownPath: string): Promise<string> {
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'docx') {
    await checkArchive(bytes, shownPath);
    try {
      const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      // mammoth separates paragraphs with a blank line; a paragraph never holds a line break of its own.
      return `${result.value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
    } catch (error) {
      throw new InputError(shownPath, 1, `not a readable Word document: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (extension === 'html' || extension === 'htm') {
    const text = textOfPage(decodePage(bytes));
    if (text.trim() === '') throw new InputError(shownPath, 1, 'the web page holds no text');
    return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
  }
  throw new InputError(shownPath, 1, `no conversion for .${extension} files`);
}
