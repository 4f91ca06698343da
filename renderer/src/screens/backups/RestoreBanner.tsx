import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { describeSummary, formatBackupTime } from '../../../../shared/schemas/backup';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { forgetRestore, readRestore, rememberRestore, reloadAfterRestore } from './restore-session';

/** "Đã khôi phục … [Hoàn tác khôi phục]", above every screen until the user closes it. */
export function RestoreBanner() {
  const [notice, setNotice] = useState(readRestore);
  const { notification } = App.useApp();
  // The page reloads (on the data as it was before the restore) from inside the action: the button turns until then.
  const undoing = useAction(async (undoBackupId: string) => {
    const back = await call('backups:restore', { id: undoBackupId });
    rememberRestore({ outcome: back, undone: true });
    reloadAfterRestore();
  });
  if (!notice) return null;
  const { outcome } = notice;
  const when = outcome.createdAt ? ` lúc ${formatBackupTime(outcome.createdAt)}` : '';
  const close = () => {
    forgetRestore();
    setNotice(null);
  };
  if (notice.undone) {
    return <Alert type="info" showIcon banner closable onClose={close} message="Đã hoàn tác việc khôi phục: dữ liệu trở lại như trước khi khôi phục." />;
  }
  const undo = async () => {
    const result = await undoing.attempt(outcome.undoBackupId);
    if (!result.ok) notification.error({ message: 'Không hoàn tác được', description: result.message });
  };
  return (
    <Alert
      type="success"
      showIcon
      banner
      closable
      onClose={close}
      message={`Đã khôi phục dữ liệu từ bản sao lưu${when}.`}
      description={`Bản sao lưu có ${describeSummary(outcome.summary)}. Dữ liệu trước khi khôi phục đã được giữ lại thành một bản sao lưu.`}
      action={
        <Space>
          <Button onClick={() => void undo()} loading={undoing.busy}>
            Hoàn tác khôi phục
          </Button>
        </Space>
      }
    />
  );
}
