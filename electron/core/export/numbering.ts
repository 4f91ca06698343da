import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type NumberingDefinition } from 'docx';
import { FIRST_LINE_INDENT, FONT } from './layout';

export type ListKind = 'decimal' | 'letter' | 'bullet';

/** What a list's paragraphs need to refer to their numbering. */
export interface ListRef {
  reference: string;
  level: number;
}

/** Extra first-line indent per nesting level: a nested "a)" starts a little further in than "1.". */
const NEST_STEP = 360;

const LEVEL_TEXT: Record<ListKind, (level: number) => string> = {
  decimal: (level) => `%${level + 1}.`,
  letter: (level) => `%${level + 1})`,
  bullet: () => '-',
};

const LEVEL_FORMAT = {
  decimal: LevelFormat.DECIMAL,
  letter: LevelFormat.LOWER_LETTER,
  bullet: LevelFormat.BULLET,
} as const;

/** Indent of a list paragraph at `level`: Vietnamese style, the number where a paragraph's first line starts. */
export function listIndent(level: number, extraLeft = 0, inTable = false): { left: number; firstLine: number } {
  return { left: extraLeft, firstLine: (inTable ? 0 : FIRST_LINE_INDENT) + level * NEST_STEP };
}

/**
 * Real Word numbering (numbering.xml) for the body's lists. Every list of the document gets an
 * abstract numbering definition of its own: Word continues the count across numbering instances
 * that share one definition unless each carries a start override for the level in use, and a
 * nested list sits at level 1 or deeper. One definition per list makes "1." restart for every
 * list and "a)" restart under every item, the same in Word, LibreOffice and docx-preview.
 *
 * The number is followed by a space, not a tab, and the first line starts at the body's 1.27 cm
 * indent with following lines back at the margin, as official documents are typed.
 */
export class ListNumbering {
  private readonly definitions: NumberingDefinition[] = [];

  /** A new list of `kind` whose first item is numbered `start`, nested `level` deep (0 = top). */
  add(kind: ListKind, level: number, start: number): ListRef {
    const reference = `vb-list-${this.definitions.length + 1}`;
    const depth = Math.min(Math.max(level, 0), 8);
    const levels: ILevelsOptions[] = Array.from({ length: 9 }, (_, index) => ({
      level: index,
      format: LEVEL_FORMAT[kind],
      text: LEVEL_TEXT[kind](index),
      alignment: AlignmentType.LEFT,
      start: index === depth ? Math.max(1, Math.floor(start)) : 1,
      suffix: LevelSuffix.SPACE,
      style: {
        run: { font: FONT },
        paragraph: { indent: listIndent(index) },
      },
    }));
    this.definitions.push({ reference, levels });
    return { reference, level: depth };
  }

  /** The `numbering` option of the Document. */
  config(): { config: NumberingDefinition[] } {
    return { config: this.definitions };
  }
}
