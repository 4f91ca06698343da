import { Extension } from '@tiptap/core';
import type { Mark } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { BLANK_MARK } from '../../../../shared/report-blanks';

/**
 * A compiled report's guided blanks ("[Cần bổ sung: …]") are in italic, to stand out as guidance.
 * Staff write a blank by selecting it and typing over it; the editor would give what they type the
 * italic of the text it replaces, and the report would go to Word with its paragraphs in italic.
 * So when the whole of a blank is selected and text starts to come in — a key, or an input
 * method's composition (Vietnamese Telex/VNI on Windows) — the blank is removed first and the
 * marks for what comes are its own without the italic. ProseMirror keeps such "stored marks" only
 * at a caret, which is why the selection is emptied then and not when it is made. A paste brings
 * its own marks and is left alone; a caret placed inside a blank still types in italic (that is
 * adding to the guidance).
 */
const key = new PluginKey('blankGuide');

/** The marks to type with once the selected blank is gone, or null when the selection is not a whole blank. */
function plainMarksOverBlank(state: EditorState): readonly Mark[] | null {
  const { selection, schema } = state;
  if (selection.empty) return null;
  const { $from, $to } = selection;
  const block = $from.parent;
  if (!block.isTextblock || $to.parent !== block || !block.textContent.trimStart().startsWith(BLANK_MARK)) return null;
  // The whole text of the blank's paragraph (a triple click, or Shift+End from its start).
  if ($from.parentOffset !== 0 || $to.parentOffset !== block.content.size) return null;
  const italic = schema.marks.italic;
  const marks = $from.marksAcross($to) ?? [];
  if (!italic || !marks.some((mark) => mark.type === italic)) return null;
  return marks.filter((mark) => mark.type !== italic);
}

/** Empties a selected blank and sets plain marks at the caret left, before the input lands. */
function clearSelectedBlank(view: EditorView): void {
  const plain = plainMarksOverBlank(view.state);
  if (!plain) return;
  view.dispatch(view.state.tr.deleteSelection().setStoredMarks(plain));
}

const TYPED_INPUT = new Set(['insertText', 'insertCompositionText', 'insertReplacementText']);

export const BlankGuide = Extension.create({
  name: 'blankGuide',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        props: {
          handleDOMEvents: {
            beforeinput(view, event) {
              if (TYPED_INPUT.has(event.inputType)) clearSelectedBlank(view);
              return false;
            },
            compositionstart(view) {
              clearSelectedBlank(view);
              return false;
            },
          },
        },
      }),
    ];
  },
});
