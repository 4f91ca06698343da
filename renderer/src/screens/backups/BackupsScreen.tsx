import { CloudUploadOutlined, ExportOutlined, FolderOpenOutlined, ImportOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import {
  BACKUP_KIND_LABELS,
  describeSummary,
  formatBackupTime,
  formatBytes,
  type BackupEntry,
  type RestoreOutcome,
} from '../../../../shared/schemas/backup';
import { call } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { BackupSettingsCard } from './BackupSettingsCard';
import { confirmRestore } from './RestoreDialog';
import { rememberRestore, reloadAfterRestore } from './restore-session';

/**
 * A backup action started by one button: its own busy flag (the button that turns is the one
 * clicked) and, when it fails, a notification under its own title that stays until closed.
 */
function useBackupAction<A extends unknown[], R>(action: (...args: A) => Promise<R>, failure: string) {
  const { notification } = App.useApp();
  const { attempt, busy } = useAction(action);
  const run = async (...args: A): Promise<R | undefined> => {
    const result = await attempt(...args);
    if (result.ok) return result.value;
    notification.error({ message: failure, description: result.message, duration: 0 });
    return undefined;
  };
  return { run, busy };
}

/**
 * After a restore (or an import of all data) the window starts again on the restored data. Called
 * inside the action, so that its button keeps turning until the page reloads.
 */
function restored(outcome: RestoreOutcome | null) {
  if (!outcome) return;
  rememberRestore({ outcome, undone: false });
  reloadAfterRestore();
}

/** "Sao lưu và khôi phục": the backups with what they hold, restore, the second place, moving to a new PC. */
export function BackupsScreen() {
  const { modal, notification, message } = App.useApp();
  // Both read again after every backup write (the query layer: a backup, a setting, a second place).
  const backups = useApiQuery('backups:list', undefined);
  const status = useApiQuery('backups:status', undefined);
  const error = backups.error ?? status.error;
  const state = status.data;

  const creating = useBackupAction(() => call('backups:create', undefined), 'Chưa sao lưu được');
  const restoring = useBackupAction(async (id: string) => restored(await call('backups:restore', { id })), 'Không khôi phục được');
  const restoringFile = useBackupAction(async () => restored(await call('backups:restoreFromFile', undefined)), 'Không khôi phục được');
  const exporting = useBackupAction(() => call('backups:exportAll', undefined), 'Không xuất được dữ liệu');
  const importing = useBackupAction(async () => restored(await call('backups:importAll', undefined)), 'Không nhập được dữ liệu');

  const backupNow = async () => {
    const created = await creating.run();
    if (!created) return;
    message.success(`Đã sao lưu: ${describeSummary(created.summary)}.`);
  };

  // The dialog's own button turns while the restore runs (its onOk waits for it).
  const restore = (entry: BackupEntry) => confirmRestore(modal, entry, () => restoring.run(entry.id));

  const exportAll = async () => {
    const result = await exporting.run();
    if (!result) return;
    if (result.saved) notification.success({ message: 'Đã xuất toàn bộ dữ liệu', description: `${result.path} (${formatBytes(result.bytes)})`, duration: 0 });
  };

  const importAll = () =>
    modal.confirm({
      title: 'Nhập dữ liệu từ máy khác?',
      content:
        'Dữ liệu trong tệp đã xuất sẽ thay cho dữ liệu đang có trên máy này. Dữ liệu hiện tại được sao lưu trước, nên bạn có thể hoàn tác.',
      okText: 'Chọn tệp và nhập',
      cancelText: 'Hủy',
      onOk: () => importing.run(),
    });

  return (
    <div className="screen">
      <div className="screen-header">
        <div>
          <h1>Sao lưu và khôi phục</h1>
          <Typography.Text type="secondary">
            Ứng dụng tự sao lưu khi bạn nghỉ tay vài phút, ít nhất nửa giờ một lần khi đang làm việc, và khi thoát.
          </Typography.Text>
        </div>
        <Space>
          <Button type="primary" icon={<SaveOutlined />} loading={creating.busy} onClick={() => void backupNow()}>
            Sao lưu ngay
          </Button>
          <Button icon={<FolderOpenOutlined />} loading={restoringFile.busy} onClick={() => void restoringFile.run()}>
            Khôi phục từ tệp…
          </Button>
        </Space>
      </div>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {state && (state.lastError || state.warning) && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={state.lastError ?? state.warning} />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16, marginBottom: 16 }}>
        <Card title="Tình trạng" size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Lần sao lưu gần nhất">{state?.lastBackupAt ? formatBackupTime(state.lastBackupAt) : 'Chưa có'}</Descriptions.Item>
            <Descriptions.Item label="Ra ngoài máy gần nhất">
              {state?.lastSecondPlaceAt ? formatBackupTime(state.lastSecondPlaceAt) : 'Chưa có'}
            </Descriptions.Item>
          </Descriptions>
          <Space style={{ marginTop: 8 }}>
            <Button icon={<ExportOutlined />} loading={exporting.busy} onClick={() => void exportAll()}>
              Xuất toàn bộ dữ liệu
            </Button>
            <Button icon={<ImportOutlined />} loading={importing.busy} onClick={importAll}>
              Nhập dữ liệu
            </Button>
          </Space>
        </Card>
        <BackupSettingsCard />
      </div>
      <Card title={<><CloudUploadOutlined /> Các bản sao lưu</>} size="small">
        <Table<BackupEntry>
          rowKey="id"
          size="small"
          loading={backups.loading}
          dataSource={backups.data ?? []}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
          columns={[
            { title: 'Thời gian', dataIndex: 'createdAt', width: 170, render: (value: string) => formatBackupTime(value) },
            {
              title: 'Loại',
              dataIndex: 'kind',
              width: 170,
              render: (kind: BackupEntry['kind']) => <Tag color={kind === 'thu-cong' || kind === 'truoc-khoi-phuc' ? 'blue' : undefined}>{BACKUP_KIND_LABELS[kind]}</Tag>,
            },
            { title: 'Nơi lưu', dataIndex: 'location', width: 110, render: (where: BackupEntry['location']) => (where === 'local' ? 'Trên máy' : 'Nơi lưu thứ hai') },
            { title: 'Dung lượng', dataIndex: 'bytes', width: 115, render: (bytes: number) => formatBytes(bytes) },
            { title: 'Nội dung', dataIndex: 'summary', render: (summary: BackupEntry['summary']) => describeSummary(summary) },
            {
              title: '',
              key: 'restore',
              width: 110,
              render: (_: unknown, entry) => (
                <Button size="small" onClick={() => restore(entry)} aria-label={`Khôi phục bản sao lưu lúc ${formatBackupTime(entry.createdAt)}`}>
                  Khôi phục
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
