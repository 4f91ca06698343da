import { App, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { BackupSettings } from '../../../../shared/schemas/backup';
import { call, errorMessage } from '../../api/client';

/** The second place (checked for being writable and for room) and the warning delay. */
export function BackupSettingsCard({ onChanged }: { onChanged: () => Promise<void> }) {
  const { notification } = App.useApp();
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [days, setDays] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    call('backups:settings', undefined).then((s) => {
      setSettings(s);
      setDays(s.warnAfterDays);
    }, () => undefined);
  }, []);

  const act = async (task: () => Promise<BackupSettings | null>, failure: string) => {
    setBusy(true);
    try {
      const next = await task();
      if (next) {
        setSettings(next);
        setDays(next.warnAfterDays);
      }
      await onChanged();
    } catch (error) {
      notification.error({ message: failure, description: errorMessage(error), duration: 0 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Nơi lưu thứ hai" size="small">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Một thư mục ngoài máy này (ổ USB, ổ đĩa khác, thư mục dùng chung): mỗi bản sao lưu mới được chép thêm vào đó.
      </Typography.Paragraph>
      <Typography.Paragraph strong style={{ marginBottom: 8 }}>
        {settings?.secondPlace ?? 'Chưa chọn'}
      </Typography.Paragraph>
      <Space wrap>
        <Button loading={busy} onClick={() => void act(() => call('backups:chooseSecondPlace', undefined), 'Không dùng được thư mục này')}>
          Chọn nơi lưu thứ hai…
        </Button>
        {settings?.secondPlace && (
          <Button disabled={busy} onClick={() => void act(() => call('backups:clearSecondPlace', undefined), 'Không bỏ được')}>
            Bỏ nơi lưu này
          </Button>
        )}
      </Space>
      <div style={{ marginTop: 12 }}>
        <label htmlFor="backup-warn-days">Nhắc khi bản sao ngoài máy cũ hơn </label>
        <InputNumber
          id="backup-warn-days"
          aria-label="Số ngày trước khi nhắc sao lưu ra ngoài máy"
          min={1}
          max={365}
          value={days}
          onChange={(value) => setDays(value)}
          style={{ width: 72 }}
        />{' '}
        ngày{' '}
        <Button
          size="small"
          disabled={!settings || days === null || days === settings.warnAfterDays}
          onClick={() =>
            void act(() => call('backups:saveSettings', { warnAfterDays: days ?? 7, maxMegabytes: settings?.maxMegabytes ?? 2048 }), 'Không lưu được')
          }
        >
          Lưu
        </Button>
      </div>
    </Card>
  );
}
