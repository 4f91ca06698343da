import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../../shared/schemas/backup';
import { call } from '../../api/client';
import { useNavigation } from '../../store/navigation';

/** On the home screen: no copy outside this PC, or the last one is too old; or the last backup failed. */
export function BackupWarning() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const navigate = useNavigation((s) => s.navigate);
  useEffect(() => {
    call('backups:status', undefined).then(setStatus, () => setStatus(null));
  }, []);
  const text = status?.lastError ?? status?.warning;
  if (!status || !text) return null;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<SafetyOutlined />}
      style={{ marginBottom: 16 }}
      message={status.lastError ? 'Sao lưu chưa thành công' : 'Sao lưu ra ngoài máy'}
      description={text}
      action={<Button onClick={() => void navigate({ name: 'backups' })}>Mở Sao lưu và khôi phục</Button>}
      role="alert"
    />
  );
}
