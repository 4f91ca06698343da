import { EditorContent, useEditor } from '@tiptap/react';
import { closeHistory } from '@tiptap/pm/history';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { RichDoc } from '../../../../shared/rich-text';
import { richTextExtensions } from './extensions';
import { LABELS } from './labels';
import { normaliseEditorJson } from '../../../../shared/rich-text-normalise';
import { RichTextToolbar } from './RichTextToolbar';
import './rich-text-editor.css';

export interface RichTextEditorProps {
  value: RichDoc;
  /**
   * Called after every change of the content with a function that builds the normalised document
   * as it is after that change. The parent calls it when it needs the content (to save it): built
   * on every keystroke, it would serialise the whole document each time.
   */
  onChange(read: () => RichDoc): void;
  /** A locked (finalised) document: no toolbar, the text cannot be changed. */
  readOnly?: boolean;
  /** The accessible name of the editing surface (role="textbox"). */
  'aria-label'?: string;
}

const sameDoc = (a: RichDoc, b: RichDoc) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The body of a document on a page-like sheet, with the formatting bar above it.
 *
 * Value flow. The editor owns the text while the user types: every change is emitted through
 * `onChange` as a way to build the normalised RichDoc (normalise.ts) from the content of that
 * moment (ProseMirror's documents are immutable, so keeping one costs nothing), and when the
 * parent hands a document so built back as `value` nothing happens. When `value` comes from elsewhere (a version restored, a draft
 * refreshed from the meeting), it is compared by JSON with the editor's content, both normalised;
 * if it differs it replaces the content as one undoable step of its own (closeHistory first), so
 * the history of earlier typing is kept and Ctrl+Z brings back what was there before. The editor
 * itself is never re-created, which would lose the history and the cursor.
 *
 * Typing stays fast: useEditor does not re-render on transactions (shouldRerenderOnTransaction is
 * false by default in TipTap 3), the toolbar reads its state through useEditorState and re-renders
 * only when a button's state changes, and `onChange` costs nothing until the parent reads the
 * content (one toJSON + a linear normalise, about once a second while typing: when it saves).
 *
 * Vietnamese input methods. Unikey/EVKey and the OS IMEs either compose through composition events
 * (compositionstart/update/end) or, in their default "send backspace" mode, delete the last letter
 * with a synthetic Backspace and type the composed one ("e" + "e" → Backspace + "ê"). ProseMirror
 * handles both: it reads composed text from the DOM and treats the Backspace like any other. So
 * nothing here listens to keydown/keypress or beforeinput, and no keyboard shortcut of our own is
 * bound to a plain letter (the extensions' shortcuts all use Ctrl). Do not add a keydown handler
 * that calls preventDefault, or the IME's Backspace will be swallowed and letters will double.
 */
export function RichTextEditor({ value, onChange, readOnly = false, 'aria-label': ariaLabel }: RichTextEditorProps) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  /** The last document known to equal the editor's content: emitted by it, or put into it. */
  const knownRef = useRef<RichDoc>(value);
  // Normalised once: the editor's list item must open with a paragraph, and so on.
  const [initialContent] = useState(() => normaliseEditorJson(value));

  const editorProps = useMemo(
    () => ({
      attributes: {
        'aria-label': ariaLabel ?? LABELS.editor,
        'aria-multiline': 'true',
        'aria-readonly': readOnly ? 'true' : 'false',
        lang: 'vi',
        class: 'rte-content',
      },
    }),
    [ariaLabel, readOnly],
  );

  // Stable across renders: useEditor compares its options on every render and re-applies changed
  // ones to the live editor, which a fresh closure per render would trigger on every keystroke.
  const onUpdate = useCallback(({ editor: current }: { editor: { state: { doc: { toJSON(): Parameters<typeof normaliseEditorJson>[0] } } } }) => {
    const content = current.state.doc;
    onChangeRef.current(() => {
      const doc = normaliseEditorJson(content.toJSON());
      knownRef.current = doc;
      return doc;
    });
  }, []);

  const editor = useEditor({
    extensions: richTextExtensions,
    content: initialContent,
    editable: !readOnly,
    editorProps,
    shouldRerenderOnTransaction: false,
    onUpdate,
  });

  useEffect(() => {
    // useEditor keeps the editable flag it was created with; a lock/unlock arrives here.
    if (editor.isEditable !== !readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  useEffect(() => {
    if (value === knownRef.current || editor.isDestroyed) return;
    const incoming = normaliseEditorJson(value);
    knownRef.current = value;
    if (sameDoc(incoming, normaliseEditorJson(editor.getJSON()))) return;
    editor
      .chain()
      .command(({ tr }) => {
        closeHistory(tr);
        return true;
      })
      .setContent(incoming, { emitUpdate: false })
      .run();
  }, [editor, value]);

  // A click in the sheet's margins puts the cursor on the nearest line, as on a page in Word.
  const focusFromMargin = (event: MouseEvent<HTMLDivElement>) => {
    if (readOnly || event.target !== event.currentTarget) return;
    event.preventDefault();
    const box = editor.view.dom.getBoundingClientRect();
    const found = editor.view.posAtCoords({
      left: Math.min(Math.max(event.clientX, box.left + 1), box.right - 1),
      top: Math.min(Math.max(event.clientY, box.top + 1), box.bottom - 1),
    });
    if (found) editor.chain().focus().setTextSelection(found.pos).run();
    else editor.commands.focus('end');
  };

  return (
    <div className={readOnly ? 'rte rte-readonly' : 'rte'}>
      {!readOnly && <RichTextToolbar editor={editor} />}
      <div className="rte-desk">
        <div className="rte-page" onMouseDown={focusFromMargin}>
          <EditorContent editor={editor} />
        </div>
      </div>
    </div>
  );
}
