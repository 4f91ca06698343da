import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import type { AutosaveEditorState } from '../store/autosave-editor';

function timeOf(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

type SaveStatus = Pick<AutosaveEditorState<unknown>, 'saveState' | 'saveError' | 'lastSavedAt'>;

/** Tells the user, always, whether what they typed is safely stored. */
export function SaveIndicator({ saveState, saveError, lastSavedAt }: SaveStatus) {
  if (saveState === 'error') {
    return (
      <Tooltip title={saveError}>
        <Typography.Text type="danger" className="save-indicator" role="status">
          <ExclamationCircleOutlined /> Chưa lưu được: {saveError}
        </Typography.Text>
      </Tooltip>
    );
  }
  if (saveState === 'pending' || saveState === 'saving') {
    return (
      <Typography.Text type="secondary" className="save-indicator" role="status">
        <LoadingOutlined /> Đang lưu…
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary" className="save-indicator" role="status">
      <CheckCircleOutlined style={{ color: '#389e0d' }} /> Đã lưu tự động {lastSavedAt ? `lúc ${timeOf(lastSavedAt)}` : ''}
    </Typography.Text>
  );
}
