import {
  AlignCenterOutlined,
  AlignLeftOutlined,
  AlignRightOutlined,
  BoldOutlined,
  DeleteColumnOutlined,
  DeleteOutlined,
  DeleteRowOutlined,
  InsertRowBelowOutlined,
  InsertRowRightOutlined,
  ItalicOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  MergeCellsOutlined,
  RedoOutlined,
  SplitCellsOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import type { Editor } from '@tiptap/core';
import { Button, Divider, Select, Tooltip } from 'antd';
import { memo, type ReactNode } from 'react';
import type { TextAlign } from '../../../../shared/rich-text';
import { AlignJustifyIcon, ListMarkerIcon } from './icons';
import { LABELS } from './labels';
import { useToolbarState, type BlockKind } from './useToolbarState';

interface ToolButtonProps {
  label: string;
  tooltip: string;
  icon: ReactNode;
  onClick(): void;
  /** A toggle (bold, a list, an alignment): shown pressed and announced with aria-pressed. */
  active?: boolean;
  disabled?: boolean;
}

function ToolButton({ label, tooltip, icon, onClick, active, disabled }: ToolButtonProps) {
  return (
    <Tooltip title={tooltip} mouseEnterDelay={0.4}>
      <Button
        aria-label={label}
        aria-pressed={active === undefined ? undefined : active}
        icon={icon}
        color={active ? 'primary' : 'default'}
        variant={active ? 'filled' : 'text'}
        disabled={disabled}
        onClick={onClick}
      />
    </Tooltip>
  );
}

const BLOCK_OPTIONS: { value: BlockKind; label: string }[] = [
  { value: 'paragraph', label: LABELS.paragraph },
  { value: 'heading1', label: LABELS.heading1 },
  { value: 'heading2', label: LABELS.heading2 },
  { value: 'heading3', label: LABELS.heading3 },
];

const ALIGN_BUTTONS: { align: TextAlign; text: { label: string; tooltip: string }; icon: ReactNode }[] = [
  { align: 'left', text: LABELS.alignLeft, icon: <AlignLeftOutlined /> },
  { align: 'center', text: LABELS.alignCenter, icon: <AlignCenterOutlined /> },
  { align: 'right', text: LABELS.alignRight, icon: <AlignRightOutlined /> },
  { align: 'justify', text: LABELS.alignJustify, icon: <AlignJustifyIcon /> },
];

function setBlock(editor: Editor, kind: BlockKind) {
  const chain = editor.chain().focus();
  if (kind === 'paragraph') chain.setParagraph().run();
  else chain.setHeading({ level: kind === 'heading1' ? 1 : kind === 'heading2' ? 2 : 3 }).run();
}

/** The formatting bar above the page. Its state comes from useToolbarState, not from re-rendering the editor. */
export const RichTextToolbar = memo(function RichTextToolbar({ editor }: { editor: Editor }) {
  const state = useToolbarState(editor);
  const run = () => editor.chain().focus();
  const separator = <Divider orientation="vertical" className="rte-toolbar-separator" />;

  return (
    <div className="rte-toolbar" role="toolbar" aria-label={LABELS.toolbar}>
      <ToolButton {...LABELS.undo} icon={<UndoOutlined />} disabled={!state.canUndo} onClick={() => run().undo().run()} />
      <ToolButton {...LABELS.redo} icon={<RedoOutlined />} disabled={!state.canRedo} onClick={() => run().redo().run()} />
      {separator}
      <Select<BlockKind>
        aria-label={LABELS.blockType.label}
        className="rte-block-select"
        placeholder={LABELS.blockType.placeholder}
        value={state.block ?? undefined}
        options={BLOCK_OPTIONS}
        onChange={(kind) => setBlock(editor, kind)}
        popupMatchSelectWidth={false}
      />
      {separator}
      <ToolButton {...LABELS.bold} icon={<BoldOutlined />} active={state.bold} onClick={() => run().toggleBold().run()} />
      <ToolButton {...LABELS.italic} icon={<ItalicOutlined />} active={state.italic} onClick={() => run().toggleItalic().run()} />
      <ToolButton
        {...LABELS.underline}
        icon={<UnderlineOutlined />}
        active={state.underline}
        onClick={() => run().toggleUnderline().run()}
      />
      {separator}
      <ToolButton
        {...LABELS.orderedNumbers}
        icon={<ListMarkerIcon marker="1." />}
        active={state.list === '1'}
        onClick={() => run().toggleOrderedListType('1').run()}
      />
      <ToolButton
        {...LABELS.orderedLetters}
        icon={<ListMarkerIcon marker="a)" />}
        active={state.list === 'a'}
        onClick={() => run().toggleOrderedListType('a').run()}
      />
      <ToolButton
        {...LABELS.bulletList}
        icon={<ListMarkerIcon marker="-" />}
        active={state.list === 'bullet'}
        onClick={() => run().toggleBulletList().run()}
      />
      <ToolButton
        {...LABELS.outdent}
        icon={<MenuFoldOutlined />}
        disabled={!state.canOutdent}
        onClick={() => run().decreaseIndent().run()}
      />
      <ToolButton
        {...LABELS.indent}
        icon={<MenuUnfoldOutlined />}
        disabled={!state.canIndent}
        onClick={() => run().increaseIndent().run()}
      />
      {separator}
      {ALIGN_BUTTONS.map(({ align, text, icon }) => (
        <ToolButton
          key={align}
          {...text}
          icon={icon}
          active={state.align === align}
          onClick={() => run().setTextAlign(align).run()}
        />
      ))}
      {separator}
      <ToolButton
        {...LABELS.insertTable}
        icon={<TableOutlined />}
        disabled={!state.canInsertTable}
        onClick={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
      />
      <ToolButton
        {...LABELS.addRow}
        icon={<InsertRowBelowOutlined />}
        disabled={!state.canAddRow}
        onClick={() => run().addRowAfter().run()}
      />
      <ToolButton
        {...LABELS.deleteRow}
        icon={<DeleteRowOutlined />}
        disabled={!state.canDeleteRow}
        onClick={() => run().deleteRow().run()}
      />
      <ToolButton
        {...LABELS.addColumn}
        icon={<InsertRowRightOutlined />}
        disabled={!state.canAddColumn}
        onClick={() => run().addColumnAfter().run()}
      />
      <ToolButton
        {...LABELS.deleteColumn}
        icon={<DeleteColumnOutlined />}
        disabled={!state.canDeleteColumn}
        onClick={() => run().deleteColumn().run()}
      />
      <ToolButton
        {...LABELS.mergeCells}
        icon={<MergeCellsOutlined />}
        disabled={!state.canMergeCells}
        onClick={() => run().mergeCells().run()}
      />
      <ToolButton
        {...LABELS.splitCell}
        icon={<SplitCellsOutlined />}
        disabled={!state.canSplitCell}
        onClick={() => run().splitCell().run()}
      />
      <ToolButton
        {...LABELS.deleteTable}
        icon={<DeleteOutlined />}
        disabled={!state.canDeleteTable}
        onClick={() => run().deleteTable().run()}
      />
    </div>
  );
});
