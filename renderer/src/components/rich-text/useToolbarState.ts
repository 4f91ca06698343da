import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { TextAlign } from '../../../../shared/rich-text';
import { innermostList, type ListKind } from './ordered-list-type';

export type BlockKind = 'paragraph' | 'heading1' | 'heading2' | 'heading3';

export interface ToolbarState {
  canUndo: boolean;
  canRedo: boolean;
  /** Null when the selection spans blocks of different kinds. */
  block: BlockKind | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  list: ListKind | null;
  /** The alignment the user sees: the stored one, else the stylesheet's default for that block. */
  align: TextAlign | null;
  canIndent: boolean;
  canOutdent: boolean;
  canInsertTable: boolean;
  canAddRow: boolean;
  canDeleteRow: boolean;
  canAddColumn: boolean;
  canDeleteColumn: boolean;
  canMergeCells: boolean;
  canSplitCell: boolean;
  canDeleteTable: boolean;
}

const ALIGNMENTS: readonly TextAlign[] = ['left', 'center', 'right', 'justify'];

function blockKind(editor: Editor): BlockKind | null {
  if (editor.isActive('heading', { level: 1 })) return 'heading1';
  if (editor.isActive('heading', { level: 2 })) return 'heading2';
  if (editor.isActive('heading', { level: 3 })) return 'heading3';
  if (editor.isActive('paragraph')) return 'paragraph';
  return null;
}

function effectiveAlign(editor: Editor, block: BlockKind | null, inTable: boolean): TextAlign | null {
  const stored = ALIGNMENTS.find((align) => editor.isActive({ textAlign: align }));
  if (stored) return stored;
  // The defaults of rich-text-editor.css: body text justified, cells and lists' text as below.
  if (block === 'heading1') return 'center';
  if (block === 'heading2' || block === 'heading3') return 'left';
  if (block === 'paragraph') return inTable ? 'left' : 'justify';
  return null;
}

function select(editor: Editor): ToolbarState {
  const can = () => editor.can();
  const block = blockKind(editor);
  // Every table command needs the cursor in a table: outside one (nearly always while typing)
  // they are not even tried, which would build a transaction for each on every keystroke.
  const inTable = editor.isActive('table');
  return {
    canUndo: can().undo(),
    canRedo: can().redo(),
    block,
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    list: innermostList(editor.state.selection.$from)?.kind ?? null,
    align: effectiveAlign(editor, block, inTable),
    canIndent: can().increaseIndent(),
    canOutdent: can().decreaseIndent(),
    // No table inside a table: official documents do not nest them and Word handles them badly.
    canInsertTable: !inTable && can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
    canAddRow: inTable && can().addRowAfter(),
    canDeleteRow: inTable && can().deleteRow(),
    canAddColumn: inTable && can().addColumnAfter(),
    canDeleteColumn: inTable && can().deleteColumn(),
    canMergeCells: inTable && can().mergeCells(),
    canSplitCell: inTable && can().splitCell(),
    canDeleteTable: inTable && can().deleteTable(),
  };
}

/** At most this often, while the user types, the toolbar's state is worked out again. */
const REFRESH_MS = 100;

function sameState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as Array<keyof ToolbarState>).every((key) => a[key] === b[key]);
}

/**
 * What the toolbar shows. Worked out again after a change — at once after a pause, at most every
 * 100 ms while the user types (each time a dozen commands are tried against the document) — and
 * the toolbar re-renders only when a value changes: typing a letter re-renders nothing.
 */
export function useToolbarState(editor: Editor): ToolbarState {
  const [state, setState] = useState(() => select(editor));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastRun = 0;
    const refresh = () => {
      timer = null;
      lastRun = Date.now();
      if (editor.isDestroyed) return;
      const next = select(editor);
      setState((previous) => (sameState(previous, next) ? previous : next));
    };
    const onTransaction = () => {
      timer ??= setTimeout(refresh, Math.max(0, lastRun + REFRESH_MS - Date.now()));
    };
    editor.on('transaction', onTransaction);
    // The editor may have changed between the first render and now.
    refresh();
    return () => {
      editor.off('transaction', onTransaction);
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor]);
  return state;
}
