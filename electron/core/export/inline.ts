import { TextRun, type IRunOptions } from 'docx';
import type { InlineNode } from '../../../shared/rich-text';
import { cleanText } from './clean-text';

export interface RunLook {
  bold?: boolean;
  italics?: boolean;
  /** Font size in half-points, when the paragraph's style size is not the one wanted. */
  size?: number;
  /** Change the text itself (e.g. to capitals) before writing it. */
  transform?: (text: string) => string;
}

/**
 * The editor's inline content as Word runs: a text node with its marks becomes one run;
 * a hard break (Shift+Enter) and a newline inside text become a line break within the paragraph.
 */
export function inlineRuns(nodes: readonly InlineNode[] | undefined, look: RunLook = {}): TextRun[] {
  const runs: TextRun[] = [];
  let pendingBreak = 0;
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      pendingBreak += 1;
      continue;
    }
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    const text = cleanText(look.transform ? look.transform(node.text) : node.text);
    const lines = text.split(/\r\n|\r|\n/);
    lines.forEach((line, index) => {
      const options: IRunOptions = {
        text: line,
        ...(pendingBreak > 0 || index > 0 ? { break: Math.max(pendingBreak, index > 0 ? 1 : 0) } : {}),
        ...(marks.has('bold') || look.bold ? { bold: true } : {}),
        ...(marks.has('italic') || look.italics ? { italics: true } : {}),
        ...(marks.has('underline') ? { underline: {} } : {}),
        ...(look.size ? { size: look.size } : {}),
      };
      runs.push(new TextRun(options));
      pendingBreak = 0;
    });
  }
  // A break at the very end (Shift+Enter then nothing) still shows as an empty last line.
  if (pendingBreak > 0) runs.push(new TextRun({ text: '', break: pendingBreak }));
  return runs;
}

/** Plain runs for text the export writes itself (header lines, signature…). */
export function textRuns(text: string, look: RunLook = {}): TextRun[] {
  return inlineRuns([{ type: 'text', text }], look);
}
