import { Document, Packer, PageOrientation, Paragraph, Table } from 'docx';
import { DOCUMENT_TYPE_NAME } from '../../../shared/domain';
import type { DocumentRecord } from '../../../shared/schemas/document';
import { bodyBlocks, type Block } from './body';
import { capitals, cleanLine } from './clean-text';
import { headerBlock } from './header-block';
import { PAGE, TEXT_WIDTH } from './layout';
import { ListNumbering } from './numbering';
import { pageHeaders } from './page-header';
import { signatureBlock } from './signature-block';
import { DOCUMENT_STYLES, STYLE } from './styles';
import { addresseeBlock, titleBlock } from './title-block';

/** Space above "Kính gửi" when no title stands between it and the header (a letter). */
const ADDRESSEE_AFTER_HEADER = 360;

/** Everything on the page, in order: header, title, "Kính gửi", body, signature. */
export function documentBlocks(doc: DocumentRecord, lists: ListNumbering): Block[] {
  const title = titleBlock(doc);
  const addressees = addresseeBlock(doc.addressees, title.length > 0 ? 120 : ADDRESSEE_AFTER_HEADER);
  const body = bodyBlocks(doc.body.content, lists, TEXT_WIDTH);
  // Room between the title's rule (or the header) and the first line of text.
  const gap = new Paragraph({ style: STYLE.body, spacing: { after: 0 }, indent: { firstLine: 0 } });
  const blocks: Block[] = [headerBlock(doc), ...title, ...addressees];
  if (addressees.length === 0) blocks.push(gap);
  blocks.push(...body);
  // Two tables in a row would merge into one in Word: keep a paragraph before the signature table.
  if (blocks[blocks.length - 1] instanceof Table) blocks.push(new Paragraph({ style: STYLE.body }));
  blocks.push(signatureBlock(doc));
  return blocks;
}

/** The core properties Word shows under File › Info. */
function documentTitle(doc: DocumentRecord): string {
  const typeName = DOCUMENT_TYPE_NAME[doc.kind] ?? 'CÔNG VĂN';
  const summary = cleanLine(doc.summary);
  return summary ? `${typeName} ${summary}` : typeName;
}

/**
 * The document as a .docx in the official layout (document-format.md): A4 portrait, margins
 * 2/2/3/1.5 cm, Times New Roman through the styles, header and signature tables, numbered lists
 * in numbering.xml, page numbers from page 2. Pure: the same record gives the same layout.
 */
export async function exportDocumentToDocx(doc: DocumentRecord): Promise<Buffer> {
  const lists = new ListNumbering();
  const children = documentBlocks(doc, lists);
  const author = capitals(doc.header.issuingBody) || 'Sổ tay Mặt trận';
  const document = new Document({
    title: documentTitle(doc),
    creator: author,
    lastModifiedBy: author,
    description: cleanLine(doc.numberSymbol),
    styles: DOCUMENT_STYLES,
    numbering: lists.config(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
              gutter: 0,
            },
          },
        },
        headers: pageHeaders(),
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
