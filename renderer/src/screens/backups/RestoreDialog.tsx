import type { App } from 'antd';
import { describeSummary, formatBackupTime, type BackupEntry } from '../../../../shared/schemas/backup';

type Modal = ReturnType<typeof App.useApp>['modal'];

/** Asks before a restore, saying what comes back and that it can be undone. */
export function confirmRestore(modal: Modal, entry: BackupEntry, onRestore: () => Promise<void>): void {
  modal.confirm({
    title: `Khôi phục bản sao lưu lúc ${formatBackupTime(entry.createdAt)}?`,
    content: (
      <div>
        <p>Bản sao lưu này có {describeSummary(entry.summary)}.</p>
        <p>
          Mọi thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng. Trước khi khôi phục, ứng dụng sao lưu dữ liệu hiện tại, nên
          bạn có thể hoàn tác bất cứ lúc nào.
        </p>
      </div>
    ),
    okText: 'Khôi phục',
    cancelText: 'Hủy',
    width: 520,
    onOk: onRestore,
  });
}
