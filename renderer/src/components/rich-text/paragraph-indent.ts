import { Extension, type CommandProps } from '@tiptap/core';

/** The vocabulary's limit (shared/rich-text.ts): extra left indent in steps of 1 cm, 0–4. */
export const MAX_INDENT = 4;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    paragraphIndent: {
      /** Indents the selected paragraphs one step; inside a list, sinks the list item instead. */
      increaseIndent: () => ReturnType;
      /** Takes one step of indent off; inside a list, lifts the list item instead. */
      decreaseIndent: () => ReturnType;
    };
  }
}

function clampIndent(value: unknown): number {
  const n = Math.trunc(Number(value) || 0);
  return Math.min(MAX_INDENT, Math.max(0, n));
}

/** Changes the indent of every paragraph in the selection that is not the text of a list item. */
function shiftIndent(delta: 1 | -1) {
  return ({ editor, state, tr, dispatch, commands }: CommandProps): boolean => {
    // In a list the level of the item is the indent (Word's "Increase indent" does the same).
    if (editor.isActive('listItem')) {
      return delta > 0 ? commands.sinkListItem('listItem') : commands.liftListItem('listItem');
    }
    const { from, to } = state.selection;
    let changed = false;
    state.doc.nodesBetween(from, to, (node, pos, parent) => {
      if (node.type.name !== 'paragraph') return true;
      if (parent?.type.name !== 'listItem') {
        const current = clampIndent(node.attrs.indent);
        const next = clampIndent(current + delta);
        if (next !== current) {
          changed = true;
          if (dispatch) tr.setNodeMarkup(pos, undefined, { ...node.attrs, indent: next });
        }
      }
      return false;
    });
    return changed;
  };
}

/**
 * Adds `indent` (0–4) to paragraphs, shown as a left margin of that many centimetres, as the
 * Word export writes it. Headings have no indent in the vocabulary.
 */
export const ParagraphIndent = Extension.create({
  name: 'paragraphIndent',

  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          indent: {
            default: 0,
            parseHTML: (element) => clampIndent(element.getAttribute('data-indent')),
            renderHTML: (attributes) => {
              const indent = clampIndent(attributes.indent);
              return indent > 0 ? { 'data-indent': String(indent), style: `margin-left: ${indent}cm` } : {};
            },
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      increaseIndent: () => shiftIndent(1),
      decreaseIndent: () => shiftIndent(-1),
    };
  },
});
