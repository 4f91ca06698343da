import { CloudUploadOutlined, ExportOutlined, FolderOpenOutlined, ImportOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import {
  BACKUP_KIND_LABELS,
  describeSummary,
  formatBackupTime,
  formatBytes,
  type BackupEntry,
  type BackupStatus,
  type RestoreOutcome,
} from '../../../../shared/schemas/backup';
import { call, errorMessage } from '../../api/client';
import { BackupSettingsCard } from './BackupSettingsCard';
import { confirmRestore } from './RestoreDialog';
import { rememberRestore, reloadAfterRestore } from './restore-session';

/** "Sao lưu và khôi phục": the backups with what they hold, restore, the second place, moving to a new PC. */
export function BackupsScreen() {
  const { modal, notification, message } = App.useApp();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [list, state] = await Promise.all([call('backups:list', undefined), call('backups:status', undefined)]);
      setBackups(list);
      setStatus(state);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async <T,>(key: string, task: () => Promise<T>, failure: string): Promise<T | undefined> => {
    setBusy(key);
    try {
      return await task();
    } catch (e) {
      notification.error({ message: failure, description: errorMessage(e), duration: 0 });
      return undefined;
    } finally {
      setBusy(null);
    }
  };

  const restored = (outcome: RestoreOutcome | null | undefined) => {
    if (!outcome) return;
    rememberRestore({ outcome, undone: false });
    reloadAfterRestore();
  };

  const backupNow = async () => {
    const created = await run('create', () => call('backups:create', undefined), 'Chưa sao lưu được');
    if (created) message.success(`Đã sao lưu: ${describeSummary(created.summary)}.`);
    await load();
  };

  const restore = (entry: BackupEntry) =>
    confirmRestore(modal, entry, async () => {
      restored(await run('restore', () => call('backups:restore', { id: entry.id }), 'Không khôi phục được'));
    });

  const restoreFromFile = async () => restored(await run('file', () => call('backups:restoreFromFile', undefined), 'Không khôi phục được'));

  const exportAll = async () => {
    const result = await run('export', () => call('backups:exportAll', undefined), 'Không xuất được dữ liệu');
    if (result?.saved) notification.success({ message: 'Đã xuất toàn bộ dữ liệu', description: `${result.path} (${formatBytes(result.bytes)})`, duration: 0 });
    await load();
  };

  const importAll = () =>
    modal.confirm({
      title: 'Nhập dữ liệu từ máy khác?',
      content:
        'Dữ liệu trong tệp đã xuất sẽ thay cho dữ liệu đang có trên máy này. Dữ liệu hiện tại được sao lưu trước, nên bạn có thể hoàn tác.',
      okText: 'Chọn tệp và nhập',
      cancelText: 'Hủy',
      onOk: async () => restored(await run('import', () => call('backups:importAll', undefined), 'Không nhập được dữ liệu')),
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
          <Button type="primary" icon={<SaveOutlined />} loading={busy === 'create'} onClick={() => void backupNow()}>
            Sao lưu ngay
          </Button>
          <Button icon={<FolderOpenOutlined />} loading={busy === 'file'} onClick={() => void restoreFromFile()}>
            Khôi phục từ tệp…
          </Button>
        </Space>
      </div>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {status && (status.lastError || status.warning) && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={status.lastError ?? status.warning} />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16, marginBottom: 16 }}>
        <Card title="Tình trạng" size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Lần sao lưu gần nhất">{status?.lastBackupAt ? formatBackupTime(status.lastBackupAt) : 'Chưa có'}</Descriptions.Item>
            <Descriptions.Item label="Ra ngoài máy gần nhất">
              {status?.lastSecondPlaceAt ? formatBackupTime(status.lastSecondPlaceAt) : 'Chưa có'}
            </Descriptions.Item>
          </Descriptions>
          <Space style={{ marginTop: 8 }}>
            <Button icon={<ExportOutlined />} loading={busy === 'export'} onClick={() => void exportAll()}>
              Xuất toàn bộ dữ liệu
            </Button>
            <Button icon={<ImportOutlined />} loading={busy === 'import'} onClick={importAll}>
              Nhập dữ liệu
            </Button>
          </Space>
        </Card>
        <BackupSettingsCard onChanged={load} />
      </div>
      <Card title={<><CloudUploadOutlined /> Các bản sao lưu</>} size="small">
        <Table<BackupEntry>
          rowKey="id"
          size="small"
          loading={backups === null}
          dataSource={backups ?? []}
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
