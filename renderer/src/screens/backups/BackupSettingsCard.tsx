import { App, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import type { BackupSettings } from '../../../../shared/schemas/backup';
import { call } from '../../api/client';
import { apiQueryKey, queryClient, useAction, useApiQuery } from '../../api/query';

/**
 * A settings write whose failure is told under its own title. Its answer is the settings as stored
 * now: put in the cache at once, so the place and the days shown change when the button stops
 * turning, not a moment later when the refresh the write starts comes back.
 */
function useSettingsWrite<A extends unknown[]>(write: (...args: A) => Promise<BackupSettings | null>, failure: string) {
  const { notification } = App.useApp();
  const action = useAction(async (...args: A) => {
    const next = await write(...args);
    if (next) queryClient.setQueryData(apiQueryKey('backups:settings', undefined), next);
    return next;
  });
  /** True once written. */
  const run = async (...args: A): Promise<boolean> => {
    const result = await action.attempt(...args);
    if (!result.ok) notification.error({ message: failure, description: result.message, duration: 0 });
    return result.ok;
  };
  return { run, busy: action.busy };
}

/** The second place (checked for being writable and for room) and the warning delay. */
export function BackupSettingsCard() {
  // Read again after every backup write (the query layer): the status above follows on its own.
  const settings = useApiQuery('backups:settings', undefined).data ?? null;
  // The days being typed; undefined while they are the stored value (shown from the query).
  const [typedDays, setTypedDays] = useState<number | null | undefined>(undefined);
  const days = typedDays === undefined ? (settings?.warnAfterDays ?? null) : typedDays;

  const choosing = useSettingsWrite(() => call('backups:chooseSecondPlace', undefined), 'Không dùng được thư mục này');
  const clearing = useSettingsWrite(() => call('backups:clearSecondPlace', undefined), 'Không bỏ được');
  const saving = useSettingsWrite((warnAfterDays: number, maxMegabytes: number) => call('backups:saveSettings', { warnAfterDays, maxMegabytes }), 'Không lưu được');
  const saveDays = async () => {
    // Saved: the field shows the stored value again (the same number, already in the cache).
    if (await saving.run(days ?? 7, settings?.maxMegabytes ?? 2048)) setTypedDays(undefined);
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
        <Button loading={choosing.busy} disabled={clearing.busy} onClick={() => void choosing.run()}>
          Chọn nơi lưu thứ hai…
        </Button>
        {settings?.secondPlace && (
          <Button loading={clearing.busy} disabled={choosing.busy} onClick={() => void clearing.run()}>
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
          onChange={(value) => setTypedDays(value)}
          style={{ width: 72 }}
        />{' '}
        ngày{' '}
        <Button
          size="small"
          loading={saving.busy}
          disabled={!settings || days === null || days === settings.warnAfterDays}
          onClick={() => void saveDays()}
        >
          Lưu
        </Button>
      </div>
    </Card>
  );
}
