import { Paragraph, type Table } from 'docx';
import type { DocumentRecord, DocumentSignature } from '../../../shared/schemas/document';
import { borderlessTable } from './borderless';
import { capitals, cleanLine } from './clean-text';
import { textRuns } from './inline';
import { SIGNATURE_COLUMNS, TEXT_WIDTH } from './layout';
import { STYLE } from './styles';

/** Empty lines left for the handwritten signature and the seal (about 3 cm at 14 pt). */
const SIGNING_SPACE_LINES = 4;
/** Space between the body's last paragraph and the signature block. */
const SPACE_ABOVE = 120;

/**
 * The authority lines, in capitals:
 *  tm: "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH";  kt: "TM. …" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
 *  tl: "TL. BAN THƯỜNG TRỰC" / "CHÁNH VĂN PHÒNG";  none: "CHỦ TỊCH".
 * An empty authority body falls back to the issuing body, which is who the document speaks for.
 */
export function authorityLines(signature: DocumentSignature, issuingBody: string): string[] {
  const body = capitals(signature.authorityBody) || capitals(issuingBody);
  const principal = capitals(signature.principalTitle);
  const signer = capitals(signature.signerTitle);
  const lines: string[] = [];
  switch (signature.authority) {
    case 'tm':
      lines.push(`TM. ${body}`);
      break;
    case 'kt':
      lines.push(`TM. ${body}`);
      if (principal) lines.push(`KT. ${principal}`);
      break;
    case 'tl':
      lines.push(`TL. ${principal || body}`);
      break;
    case 'none':
      break;
  }
  if (signer) lines.push(signer);
  return lines.filter((text) => text.trim() !== '' && text.trim() !== 'TM.' && text.trim() !== 'TL.');
}

/** "- …;" for every recipient, "- … ." for the last, whatever the user typed around them. */
export function recipientLines(recipients: readonly string[]): string[] {
  const items = recipients.map((value) => cleanLine(value).replace(/^[-–—•+]\s*/u, '').replace(/[;.,]+$/u, '').trim()).filter((item) => item !== '');
  return items.map((item, index) => `- ${item}${index === items.length - 1 ? '.' : ';'}`);
}

function signingSpace(): Paragraph[] {
  return Array.from({ length: SIGNING_SPACE_LINES }, () => new Paragraph({ style: STYLE.signatureTitle }));
}

function signerColumn(titleLines: string[], name: string): Paragraph[] {
  return [
    ...titleLines.map(
      (text, index) =>
        new Paragraph({
          style: STYLE.signatureTitle,
          children: textRuns(text),
          ...(index === 0 ? { spacing: { before: SPACE_ABOVE } } : {}),
        }),
    ),
    ...signingSpace(),
    new Paragraph({ style: STYLE.signerName, children: textRuns(cleanLine(name)) }),
  ];
}

/** Minutes are signed side by side, in two equal columns. */
const MINUTES_COLUMNS = [Math.floor(TEXT_WIDTH / 2), TEXT_WIDTH - Math.floor(TEXT_WIDTH / 2)] as const;

/**
 * The signature block: a borderless table, "Nơi nhận" on the left and the signature on the right.
 * Minutes are signed by the secretary (left) and the chair (right), and list no recipients.
 */
export function signatureBlock(doc: DocumentRecord, columns: readonly [number, number] = SIGNATURE_COLUMNS): Table {
  if (doc.kind === 'bien_ban') {
    return borderlessTable(MINUTES_COLUMNS, [
      [signerColumn(['THƯ KÝ'], doc.minutesSigners.secretaryName), signerColumn(['CHỦ TRÌ'], doc.minutesSigners.chairName)],
    ]);
  }
  const recipients = recipientLines(doc.recipients);
  const left: Paragraph[] = recipients.length
    ? [
        new Paragraph({ style: STYLE.recipientsHeading, spacing: { before: SPACE_ABOVE }, children: textRuns('Nơi nhận:') }),
        ...recipients.map((text) => new Paragraph({ style: STYLE.recipient, children: textRuns(text) })),
      ]
    : [new Paragraph({ style: STYLE.recipient })];
  const right = signerColumn(authorityLines(doc.signature, doc.header.issuingBody), doc.signature.signerName);
  return borderlessTable(columns, [[left, right]]);
}
