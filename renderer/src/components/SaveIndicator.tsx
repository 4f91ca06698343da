import { CheckCircleOutlined, ExclamationCircleOutlined, ReloadOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AutosaveEditorState, AutosaveEditorStore } from '../store/autosave-editor';

function timeOf(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Seconds until `at`, updated every second while shown. */
function useSecondsUntil(at: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}

type SaveStatus = Pick<AutosaveEditorState<unknown>, 'saveState' | 'saveError' | 'lastSavedAt' | 'retryAt'> & {
  retryNow?: () => Promise<void>;
  stale?: boolean;
  reloadKeepingEdits?: () => Promise<void>;
};

/**
 * Tells the user, always, whether what they typed is safely stored. "Đã lưu" only when every
 * edit on screen is; a part refused says why; a failed save says when it is tried again.
 */
export function SaveIndicator({ saveState, saveError, lastSavedAt, retryAt, retryNow, stale, reloadKeepingEdits }: SaveStatus) {
  const seconds = useSecondsUntil(saveState === 'retrying' ? retryAt : null);
  if (saveState === 'refused' && stale && reloadKeepingEdits) {
    return (
      <Space size={4} className="save-indicator" role="status">
        <Tooltip title={saveError}>
          <Typography.Text type="danger">
            <ExclamationCircleOutlined aria-hidden /> Chưa lưu được: đã có bản mới hơn.
          </Typography.Text>
        </Tooltip>
        <Tooltip title="Mở bản mới nhất; những gì bạn vừa sửa ở đây được giữ lại và lưu tiếp.">
          <Button size="small" type="primary" icon={<ReloadOutlined aria-hidden />} onClick={() => void reloadKeepingEdits()}>
            Tải lại
          </Button>
        </Tooltip>
      </Space>
    );
  }
  if (saveState === 'refused') {
    return (
      <Tooltip title="Các thay đổi khác đã được lưu. Phần này được lưu ngay khi bạn sửa lại.">
        <Typography.Text type="danger" className="save-indicator" role="status">
          <ExclamationCircleOutlined aria-hidden /> Chưa lưu được: {saveError}
        </Typography.Text>
      </Tooltip>
    );
  }
  if (saveState === 'retrying') {
    return (
      <Space size={4} className="save-indicator" role="status">
        <Typography.Text type="warning">
          <ExclamationCircleOutlined aria-hidden /> Chưa lưu được: {saveError} {seconds > 0 ? `Tự thử lại sau ${seconds} giây.` : 'Đang thử lại…'}
        </Typography.Text>
        {retryNow && (
          <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={() => void retryNow()}>
            Thử lại ngay
          </Button>
        )}
      </Space>
    );
  }
  if (saveState === 'pending' || saveState === 'saving') {
    // A still icon: while the user types this state lasts, and a spinning one made the page
    // restyle and repaint on every frame of it.
    return (
      <Typography.Text type="secondary" className="save-indicator" role="status">
        <SyncOutlined aria-hidden /> Đang lưu…
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary" className="save-indicator" role="status">
      <CheckCircleOutlined aria-hidden style={{ color: '#389e0d' }} /> Đã lưu tự động {lastSavedAt ? `lúc ${timeOf(lastSavedAt)}` : ''}
    </Typography.Text>
  );
}

/**
 * The indicator of an autosaving editor, reading the editor's store itself: the steps of a save
 * re-render this line only, not the whole screen around it — and only when what it says changes
 * (while the user types, a save going out and the next edit both read "Đang lưu…").
 */
export function EditorSaveIndicator<T>({ store }: { store: AutosaveEditorStore<T> }) {
  const status = store(
    useShallow((s) => ({
      saveState: s.saveState === 'saving' ? ('pending' as const) : s.saveState,
      saveError: s.saveState === 'refused' || s.saveState === 'retrying' ? s.saveError : null,
      lastSavedAt: s.saveState === 'saved' ? s.lastSavedAt : null,
      retryAt: s.saveState === 'retrying' ? s.retryAt : null,
      retryNow: s.retryNow,
      stale: s.stale,
      reloadKeepingEdits: s.reloadKeepingEdits,
    })),
  );
  return <SaveIndicator {...status} />;
}
