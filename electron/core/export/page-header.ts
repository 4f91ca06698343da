import { Header, PageNumber, Paragraph, TextRun } from 'docx';
import { STYLE } from './styles';

/**
 * Page numbers: Arabic, centred in the top margin, from page 2 on. The section is marked
 * "different first page" (w:titlePg) and given an empty first-page header, so page 1 shows
 * no number while the default header carries the PAGE field for every other page.
 */
export function pageHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [new Paragraph({ style: STYLE.pageNumber, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
    }),
    first: new Header({ children: [new Paragraph({ style: STYLE.pageNumber })] }),
  };
}
